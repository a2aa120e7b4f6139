import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type AnonymiseCompanyResponse, type CompanyPersonalData } from '@techpact/contracts';
import { CompanyPrivacyService } from './company-privacy.service';

@ApiTags('reporting')
@Controller('companies/:id')
export class CompanyPrivacyController {
  constructor(private readonly privacy: CompanyPrivacyService) {}

  @Access('admin')
  @Get('personal-data')
  personalData(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CompanyPersonalData> {
    return this.privacy.export(user.programmeId, id);
  }

  @Access('admin')
  @Post('anonymise')
  @HttpCode(200)
  anonymise(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AnonymiseCompanyResponse> {
    return this.privacy.anonymise(user.programmeId, id);
  }
}
