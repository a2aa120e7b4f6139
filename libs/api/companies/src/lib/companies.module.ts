import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { CompanyContactsService } from './company-contacts.service';
import { CompanyImportService } from './company-import.service';
import { Company } from './company.entity';

/** The company register: companies, contact people, CSV import. */
@Module({
  imports: [TypeOrmModule.forFeature([Company])],
  controllers: [CompaniesController],
  providers: [CompaniesService, CompanyContactsService, CompanyImportService],
  exports: [CompaniesService],
})
export class CompaniesModule {}
