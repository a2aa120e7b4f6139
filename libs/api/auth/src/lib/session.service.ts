import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthUser } from './auth-user';
import { UserSession } from './entities/user-session.entity';
import { hashToken, newToken } from './secrets';

export const SESSION_COOKIE = 'tp_session';
const SESSION_LIFETIME_MS = 7 * 24 * 3600 * 1000;
/** Avoids a write per request: last-seen is refreshed at most this often. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  email: string;
  name: string;
  role: AuthUser['role'];
  language: AuthUser['language'];
  programme_id: string;
  company_id: string | null;
  organisation: string | null;
  municipality_ids: string[];
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get lifetimeMs(): number {
    return SESSION_LIFETIME_MS;
  }

  /** Starts a session; returns the cookie's token (only its hash is stored). */
  async create(
    manager: EntityManager,
    userId: string,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<string> {
    const token = newToken();
    await manager.insert(UserSession, {
      tokenHash: hashToken(token, this.config.sessionSecret),
      userId,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  /** The active user behind a cookie token, or null when unknown, expired or deactivated. */
  async resolve(token: string): Promise<AuthUser | null> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.name, u.role, u.language,
              u.programme_id, u.company_id, u.organisation,
              COALESCE(array_agg(cm.municipality_id) FILTER (WHERE cm.municipality_id IS NOT NULL), '{}') AS municipality_ids
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id AND u.active
         LEFT JOIN coordinator_municipality cm ON cm.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [hashToken(token, this.config.sessionSecret)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [
        row.session_id,
      ]);
    }
    return {
      id: row.id,
      sessionId: row.session_id,
      email: row.email,
      name: row.name,
      role: row.role,
      language: row.language,
      programmeId: row.programme_id,
      municipalityIds: row.municipality_ids,
      companyId: row.company_id,
      organisation: row.organisation,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM user_session WHERE id = $1`, [sessionId]);
  }

  /** Deactivating a user or changing their password ends all their sessions. */
  async endAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }
}
