export * from './lib/access.decorator';
export * from './lib/auth-user';
export * from './lib/current-user.decorator';
export * from './lib/auth.module';
export * from './lib/password.service';
export { User } from './lib/entities/user.entity';
