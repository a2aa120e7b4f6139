export * from './lib/companies.module';
export * from './lib/companies.service';
export * from './lib/cvr';
export { Company } from './lib/company.entity';
