import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  type StreamableFile,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import {
  type AgreementDiff,
  type AgreementOverview,
  type AgreementVersionDetail,
  type SigningResult,
} from '@techpact/contracts';
import { AgreementsService } from './agreements.service';
import { AddSuggestedUpgradesDto } from './dto/add-suggested.dto';
import { DiffQueryDto } from './dto/diff.query';
import { SetSignersDto } from './dto/set-signers.dto';
import { DeclineDto, SignDto } from './dto/sign.dto';
import { UpdateDraftDto } from './dto/update-draft.dto';
import { CreateUpgradeDto, UpdateUpgradeDto } from './dto/upgrade.dto';
import { pdfResponse } from './pdf-response';
import { SigningService } from './signing.service';

const READERS = ['admin', 'coordinator', 'expert', 'sme'] as const;

@ApiTags('agreements')
@Controller('cases/:caseId/agreement')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly signing: SigningService,
  ) {}

  @Access(...READERS)
  @Get()
  overview(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<AgreementOverview> {
    return this.agreements.overview(user, caseId);
  }

  @Access(...READERS)
  @Get('draft')
  draft(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.draft(user, caseId);
  }

  @Access('admin', 'coordinator')
  @Patch('draft')
  updateDraft(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: UpdateDraftDto,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.updateDraft(user, caseId, dto);
  }

  @Access('admin', 'coordinator')
  @Post('draft/upgrades')
  addUpgrade(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: CreateUpgradeDto,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.addUpgrade(user, caseId, dto);
  }

  @Access('admin', 'coordinator')
  @Post('draft/upgrades/from-suggestions')
  addSuggested(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: AddSuggestedUpgradesDto,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.addSuggested(user, caseId, dto);
  }

  @Access('admin', 'coordinator')
  @Patch('draft/upgrades/:upgradeId')
  updateUpgrade(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('upgradeId', ParseUUIDPipe) upgradeId: string,
    @Body() dto: UpdateUpgradeDto,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.updateUpgrade(user, caseId, upgradeId, dto);
  }

  @Access('admin', 'coordinator')
  @Delete('draft/upgrades/:upgradeId')
  deleteUpgrade(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('upgradeId', ParseUUIDPipe) upgradeId: string,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.deleteUpgrade(user, caseId, upgradeId);
  }

  @Access('admin', 'coordinator')
  @Put('draft/signers')
  setSigners(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: SetSignersDto,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.setSigners(user, caseId, dto);
  }

  @Access(...READERS)
  @Get('diff')
  diff(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query() query: DiffQueryDto,
  ): Promise<AgreementDiff> {
    return this.agreements.diff(user, caseId, query.from, query.to);
  }

  @Access(...READERS)
  @Get('versions/:number')
  version(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<AgreementVersionDetail> {
    return this.agreements.version(user, caseId, number);
  }

  @Access(...READERS)
  @Get('versions/:number/document.pdf')
  @ApiProduces('application/pdf')
  async document(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<StreamableFile> {
    return pdfResponse(await this.agreements.pdf(user, caseId, number, 'document'));
  }

  @Access(...READERS)
  @Get('versions/:number/signed.pdf')
  @ApiProduces('application/pdf')
  async signed(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<StreamableFile> {
    return pdfResponse(await this.agreements.pdf(user, caseId, number, 'signed'));
  }

  /** The signed-in SME user signs in the app; they must be a named signer of the version. */
  @Access('sme')
  @Post('versions/:number/sign')
  @HttpCode(200)
  sign(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('number', ParseIntPipe) number: number,
    @Body() dto: SignDto,
    @Ip() ip: string | undefined,
    @Headers('user-agent') userAgent: string | undefined,
  ): Promise<SigningResult> {
    return this.signing.signAsUser(user, caseId, number, dto, {
      ip: ip ?? null,
      userAgent: userAgent ?? null,
    });
  }

  @Access('sme')
  @Post('versions/:number/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('number', ParseIntPipe) number: number,
    @Body() dto: DeclineDto,
  ): Promise<SigningResult> {
    return this.signing.declineAsUser(user, caseId, number, dto.reason);
  }
}
