import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type MarkAllReadResponse,
  NOTIFICATION_KINDS,
  type NotificationItem,
  type NotificationPreferencesResponse,
  type Page,
  type UnreadCountResponse,
} from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type ListNotificationsQueryDto } from './dto/list-notifications.query';
import { type UpdatePreferencesDto } from './dto/update-preferences.dto';
import { NotificationErrors } from './notification.errors';

const ITEM_COLUMNS = `id, kind, title, body, link, case_id AS "caseId",
  created_at AS "createdAt", read_at AS "readAt"`;

interface ItemRow extends Omit<NotificationItem, 'createdAt' | 'readAt'> {
  createdAt: Date;
  readAt: Date | null;
}

function toItem(row: ItemRow): NotificationItem {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

/** The caller's own inbox and e-mail preferences; nobody sees another person's notifications. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(userId: string, query: ListNotificationsQueryDto): Promise<Page<NotificationItem>> {
    const unreadOnly = query.unread === true;
    const filter = `user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `SELECT ${ITEM_COLUMNS} FROM notification WHERE ${filter}
          ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [userId, query.limit, query.offset],
      ) as Promise<ItemRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM notification WHERE ${filter}`, [
        userId,
      ]) as Promise<{ total: number }[]>,
    ]);
    return {
      items: rows.map(toItem),
      total: count?.total ?? 0,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async unreadCount(userId: string): Promise<UnreadCountResponse> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as UnreadCountResponse[];
    return { unread: row?.unread ?? 0 };
  }

  /** Marks one of the caller's notifications read; reading it again keeps the first time. */
  async markRead(userId: string, id: string): Promise<NotificationItem> {
    const [[row]] = (await this.db.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND user_id = $2
        RETURNING ${ITEM_COLUMNS}`,
      [id, userId],
    )) as [ItemRow[], number];
    if (!row) throw NotificationErrors.notFound();
    return toItem(row);
  }

  async markAllRead(userId: string): Promise<MarkAllReadResponse> {
    const [, marked] = (await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as [unknown, number];
    return { marked };
  }

  /** Every kind, e-mail on unless the caller chose in-app only. */
  async preferences(userId: string): Promise<NotificationPreferencesResponse> {
    const rows = (await this.db.query(
      `SELECT kind, email FROM notification_preference WHERE user_id = $1`,
      [userId],
    )) as { kind: string; email: boolean }[];
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return {
      preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? true })),
    };
  }

  async updatePreferences(
    userId: string,
    dto: UpdatePreferencesDto,
  ): Promise<NotificationPreferencesResponse> {
    const seen = new Set<string>();
    for (const { kind } of dto.preferences) {
      if (seen.has(kind)) throw NotificationErrors.duplicateKind(kind);
      seen.add(kind);
    }
    if (dto.preferences.length > 0) {
      await this.db.query(
        `INSERT INTO notification_preference (user_id, kind, email)
         SELECT $1, p.kind, p.email FROM unnest($2::text[], $3::boolean[]) AS p(kind, email)
         ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [userId, dto.preferences.map((p) => p.kind), dto.preferences.map((p) => p.email)],
      );
    }
    return this.preferences(userId);
  }
}
