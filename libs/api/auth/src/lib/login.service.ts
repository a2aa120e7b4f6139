import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthErrors } from './auth.errors';
import { User } from './entities/user.entity';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

/** Failures older than this no longer count towards throttling. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Checks the password and opens a session. Failures are counted per account and per IP;
   * the count is checked before the password, so a throttled caller learns nothing.
   */
  async login(
    rawEmail: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ token: string; userId: string }> {
    const email = rawEmail.trim().toLowerCase();
    const ip = client.ip ?? 'unknown';
    const outcome = await this.db.transaction(async (manager) => {
      // Serialises attempts on one account so that parallel guesses cannot slip past the count.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('login:' || $1))`, [email]);
      await this.assertNotThrottled(manager, email, ip);
      const user = await manager
        .createQueryBuilder(User, 'u')
        .addSelect('u.passwordHash')
        .where('u.email = :email AND u.active', { email })
        .getOne();
      if (!user || !(await this.passwords.verify(user.passwordHash, password))) {
        await manager.query(`INSERT INTO login_failure (email, ip) VALUES ($1, $2)`, [email, ip]);
        return null;
      }
      await manager.query(`DELETE FROM login_failure WHERE email = $1`, [email]);
      return { userId: user.id, token: await this.sessions.create(manager, user.id, client) };
    });
    // Thrown after commit so that the failure row is kept.
    if (!outcome) throw AuthErrors.wrongCredentials();
    return outcome;
  }

  private async assertNotThrottled(
    manager: EntityManager,
    email: string,
    ip: string,
  ): Promise<void> {
    const [row] = (await manager.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              extract(epoch FROM min(created_at) FILTER (WHERE email = $1)) AS oldest_email,
              extract(epoch FROM min(created_at) FILTER (WHERE ip = $2)) AS oldest_ip
         FROM login_failure
        WHERE (email = $1 OR ip = $2) AND created_at > now() - make_interval(secs => $3)`,
      [email, ip, LOGIN_WINDOW_SECONDS],
    )) as {
      by_email: number;
      by_ip: number;
      oldest_email: string | null;
      oldest_ip: string | null;
    }[];
    if (!row) return;
    const now = Date.now() / 1000;
    const retryAfter = (oldest: string | null) =>
      Math.max(1, Math.ceil(Number(oldest) + LOGIN_WINDOW_SECONDS - now));
    if (row.by_email >= this.config.loginMaxFailuresPerAccount)
      throw AuthErrors.throttled(retryAfter(row.oldest_email));
    if (row.by_ip >= this.config.loginMaxFailuresPerIp)
      throw AuthErrors.throttled(retryAfter(row.oldest_ip));
  }
}
