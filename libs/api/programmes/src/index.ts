export * from './lib/programmes.module';
export * from './lib/programmes.service';
export { Programme } from './lib/programme.entity';
export { Municipality } from './lib/municipality.entity';
