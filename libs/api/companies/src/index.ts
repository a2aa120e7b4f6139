export * from './lib/companies.module';
export * from './lib/companies.service';
export * from './lib/cvr';
export * from './lib/size-band';
export * from './lib/nace';
export * from './lib/csv';
export { Company } from './lib/company.entity';
