import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import {
  type CompanyContact,
  type CompanyDetail,
  type CompanySummary,
  type ImportPreviewResponse,
  type ImportResultResponse,
  type Page,
} from '@techpact/contracts';
import { type Request } from 'express';
import { CompaniesService } from './companies.service';
import { CompanyContactsService } from './company-contacts.service';
import { CompanyImportService } from './company-import.service';
import { csvFromRequest } from './csv-body';
import { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { ListCompaniesQuery } from './dto/list-companies.query';

const CSV_BODY = {
  schema: {
    oneOf: [
      { type: 'string', description: 'text/csv: the file, header line first.' },
      { type: 'object', properties: { csv: { type: 'string' } }, required: ['csv'] },
    ],
  },
};

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly contacts: CompanyContactsService,
    private readonly imports: CompanyImportService,
  ) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListCompaniesQuery,
  ): Promise<Page<CompanySummary>> {
    return this.companies.list(user, query);
  }

  @Access('admin', 'coordinator')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCompanyDto): Promise<CompanyDetail> {
    return this.companies.create(user, dto);
  }

  @Access('admin', 'coordinator')
  @Post('import/preview')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody(CSV_BODY)
  async previewImport(
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
  ): Promise<ImportPreviewResponse> {
    return this.imports.preview(user, await csvFromRequest(request));
  }

  @Access('admin', 'coordinator')
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody(CSV_BODY)
  async import(
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
  ): Promise<ImportResultResponse> {
    return this.imports.import(user, await csvFromRequest(request));
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id')
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CompanyDetail> {
    return this.companies.get(user, id);
  }

  @Access('admin', 'coordinator')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCompanyDto,
  ): Promise<CompanyDetail> {
    return this.companies.update(user, id, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id/contacts')
  listContacts(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CompanyContact[]> {
    return this.contacts.list(user, id);
  }

  @Access('admin', 'coordinator')
  @Post(':id/contacts')
  createContact(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateContactDto,
  ): Promise<CompanyContact> {
    return this.contacts.create(user, id, dto);
  }

  @Access('admin', 'coordinator')
  @Patch(':id/contacts/:contactId')
  updateContact(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('contactId', ParseUUIDPipe) contactId: string,
    @Body() dto: UpdateContactDto,
  ): Promise<CompanyContact> {
    return this.contacts.update(user, id, contactId, dto);
  }

  @Access('admin', 'coordinator')
  @Delete(':id/contacts/:contactId')
  @HttpCode(204)
  removeContact(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('contactId', ParseUUIDPipe) contactId: string,
  ): Promise<void> {
    return this.contacts.remove(user, id, contactId);
  }
}
