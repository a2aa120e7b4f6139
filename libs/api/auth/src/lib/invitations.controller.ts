import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import {
  type InvitationPreview,
  type InvitationResponse,
  type MeResponse,
} from '@techpact/contracts';
import { type Request, type Response } from 'express';
import { Access, Public } from './access.decorator';
import { type AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { InvitationService } from './invitation.service';
import { MeService } from './me.service';
import { clientOf, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
    private readonly me: MeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access('admin', 'coordinator')
  @Post()
  invite(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationResponse> {
    return this.invitations.invite(user, body);
  }

  @Public()
  @Get(':token')
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post(':token/accept')
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponse> {
    const session = await this.invitations.accept(token, body.password, clientOf(request));
    setSessionCookie(response, session.token, this.config, this.sessions.lifetimeMs);
    return this.me.describe(session.userId);
  }
}
