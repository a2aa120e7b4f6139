import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { MailService } from '@techpact/api/infra-mail';
import { type InvitationPreview, type InvitationResponse } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthErrors } from './auth.errors';
import { type AuthUser } from './auth-user';
import { type CreateInvitationDto } from './dto/create-invitation.dto';
import { Invitation } from './entities/invitation.entity';
import { User } from './entities/user.entity';
import { type ClientInfo } from './login.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { hashToken, newToken } from './secrets';

const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
  ) {}

  /** Records the invitation and e-mails its single-use link; returns the stored invitation. */
  async invite(inviter: AuthUser, input: CreateInvitationDto): Promise<InvitationResponse> {
    const email = input.email.trim().toLowerCase();
    const token = newToken();
    const invitation = await this.db.transaction(async (manager) => {
      await this.assertMayInvite(manager, inviter, input);
      if (await manager.existsBy(User, { email })) throw AuthErrors.emailTaken(email);
      return manager.save(
        manager.create(Invitation, {
          tokenHash: hashToken(token, this.config.sessionSecret),
          programmeId: inviter.programmeId,
          email,
          name: input.name.trim(),
          role: input.role,
          language: input.language ?? inviter.language,
          municipalityIds: input.role === 'coordinator' ? (input.municipalityIds ?? []) : [],
          companyId: input.role === 'sme' ? (input.companyId ?? null) : null,
          organisation: input.role === 'expert' ? (input.organisation ?? null) : null,
          invitedBy: inviter.id,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
          acceptedAt: null,
          userId: null,
        }),
      );
    });
    const link = `${this.config.appUrl}/invitation/${token}`;
    await this.mail.send({
      to: email,
      subject: 'Your invitation to TechPact',
      text:
        `Hello ${invitation.name},\n\n${inviter.name} has invited you to TechPact.\n` +
        `Open this link to choose your password (valid until ${invitation.expiresAt.toISOString().slice(0, 10)}):\n\n${link}\n`,
    });
    return toResponse(invitation);
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(this.db.manager, token, false);
    const [programme] = (await this.db.query(`SELECT name FROM programme WHERE id = $1`, [
      invitation.programmeId,
    ])) as {
      name: string;
    }[];
    return {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      programme: programme?.name ?? '',
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Creates the account and signs the person in; the link cannot be used twice. */
  async accept(
    token: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ userId: string; token: string }> {
    const passwordHash = await this.passwords.hash(password);
    return this.db.transaction(async (manager) => {
      const invitation = await this.usable(manager, token, true);
      if (await manager.existsBy(User, { email: invitation.email }))
        throw AuthErrors.emailTaken(invitation.email);
      const user = await manager.save(
        manager.create(User, {
          programmeId: invitation.programmeId,
          email: invitation.email,
          name: invitation.name,
          role: invitation.role,
          language: invitation.language,
          passwordHash,
          active: true,
          companyId: invitation.companyId,
          organisation: invitation.organisation,
        }),
      );
      for (const municipalityId of invitation.municipalityIds) {
        await manager.query(
          `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
          [user.id, municipalityId],
        );
      }
      await manager.update(Invitation, invitation.id, { acceptedAt: new Date(), userId: user.id });
      return { userId: user.id, token: await this.sessions.create(manager, user.id, client) };
    });
  }

  private async usable(manager: EntityManager, token: string, lock: boolean): Promise<Invitation> {
    const query = manager
      .createQueryBuilder(Invitation, 'i')
      .where('i.tokenHash = :hash', { hash: hashToken(token, this.config.sessionSecret) });
    if (lock) query.setLock('pessimistic_write');
    const invitation = await query.getOne();
    if (!invitation) throw AuthErrors.invitationNotFound();
    if (invitation.acceptedAt) throw AuthErrors.invitationUsed();
    if (invitation.expiresAt.getTime() < Date.now())
      throw AuthErrors.invitationExpired(invitation.expiresAt);
    return invitation;
  }

  /** Admins invite anyone; coordinators invite experts, and SME users of their municipalities' companies. */
  private async assertMayInvite(
    manager: EntityManager,
    inviter: AuthUser,
    input: CreateInvitationDto,
  ): Promise<void> {
    if (inviter.role === 'coordinator' && !['expert', 'sme'].includes(input.role)) {
      throw new AppError(
        ErrorCode.Forbidden,
        'Coordinators can invite experts and SME users only.',
      );
    }
    if (input.role === 'coordinator') {
      const ids = input.municipalityIds ?? [];
      if (ids.length === 0) {
        throw invalid('municipalityIds', 'A coordinator needs at least one municipality.');
      }
      const [{ count }] = (await manager.query(
        `SELECT count(*)::int AS count FROM municipality WHERE id = ANY($1) AND programme_id = $2`,
        [ids, inviter.programmeId],
      )) as [{ count: number }];
      if (count !== new Set(ids).size)
        throw invalid('municipalityIds', 'Some municipalities do not exist in this programme.');
    }
    if (input.role === 'sme') {
      if (!input.companyId) throw invalid('companyId', 'An SME user needs a company.');
      const [company] = (await manager.query(
        `SELECT municipality_id FROM company WHERE id = $1 AND programme_id = $2`,
        [input.companyId, inviter.programmeId],
      )) as { municipality_id: string }[];
      if (!company) throw invalid('companyId', 'This company does not exist in this programme.');
      if (
        inviter.role === 'coordinator' &&
        !inviter.municipalityIds.includes(company.municipality_id)
      ) {
        throw new AppError(
          ErrorCode.Forbidden,
          'This company belongs to a municipality you do not serve.',
        );
      }
    }
  }
}

function invalid(field: string, message: string): AppError {
  return new AppError(ErrorCode.Validation, message, [{ field, message }]);
}

function toResponse(invitation: Invitation): InvitationResponse {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}
