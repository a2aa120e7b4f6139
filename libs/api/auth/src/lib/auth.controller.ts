import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { type MeResponse } from '@techpact/contracts';
import { type Request, type Response } from 'express';
import { Public, SignedIn } from './access.decorator';
import { type AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { clearSessionCookie, clientOf, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
    private readonly me: MeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponse> {
    const { token, userId } = await this.logins.login(body.email, body.password, clientOf(request));
    setSessionCookie(response, token, this.config, this.sessions.lifetimeMs);
    return this.me.describe(userId);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.end(user.sessionId);
    clearSessionCookie(response, this.config);
  }

  @SignedIn()
  @Get('me')
  getMe(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.me.describe(user.id);
  }

  @SignedIn()
  @Patch('me')
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto): Promise<MeResponse> {
    return this.me.update(user, body);
  }
}
