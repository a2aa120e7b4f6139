import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  Post,
  type StreamableFile,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser, Public } from '@techpact/api/auth';
import { type PendingSignature, type SigningResult, type SigningView } from '@techpact/contracts';
import { DeclineDto, SignDto } from './dto/sign.dto';
import { pdfResponse } from './pdf-response';
import { SigningService } from './signing.service';

/** The signing page's API: the token from the e-mail is the credential (CSRF still applies). */
@ApiTags('signing')
@Controller()
export class SigningController {
  constructor(private readonly signing: SigningService) {}

  @Public()
  @Get('signing/:token')
  view(@Param('token') token: string): Promise<SigningView> {
    return this.signing.view(token);
  }

  @Public()
  @Get('signing/:token/document.pdf')
  @ApiProduces('application/pdf')
  async document(@Param('token') token: string): Promise<StreamableFile> {
    return pdfResponse(await this.signing.document(token));
  }

  @Public()
  @Post('signing/:token/sign')
  @HttpCode(200)
  sign(
    @Param('token') token: string,
    @Body() dto: SignDto,
    @Ip() ip: string | undefined,
    @Headers('user-agent') userAgent: string | undefined,
  ): Promise<SigningResult> {
    return this.signing.signWithLink(token, dto, { ip: ip ?? null, userAgent: userAgent ?? null });
  }

  @Public()
  @Post('signing/:token/decline')
  @HttpCode(200)
  decline(@Param('token') token: string, @Body() dto: DeclineDto): Promise<SigningResult> {
    return this.signing.declineWithLink(token, dto.reason);
  }

  @Access('sme')
  @Get('me/signatures')
  pending(@CurrentUser() user: AuthUser): Promise<PendingSignature[]> {
    return this.signing.pending(user);
  }
}
