import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InfraMailModule } from '@techpact/api/infra-mail';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { CsrfCookieMiddleware } from './csrf.middleware';
import { Invitation } from './entities/invitation.entity';
import { UserSession } from './entities/user-session.entity';
import { User } from './entities/user.entity';
import { InvitationService } from './invitation.service';
import { InvitationsController } from './invitations.controller';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts, sessions, invitations and the global access guard (closed by default). */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserSession, Invitation]), InfraMailModule],
  controllers: [AuthController, InvitationsController, UsersController],
  providers: [
    PasswordService,
    SessionService,
    LoginService,
    MeService,
    InvitationService,
    UsersService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfCookieMiddleware).forRoutes('{*path}');
  }
}
