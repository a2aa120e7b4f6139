import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@techpact/api/auth';
import { SAVED_CASE_VIEW_LIMIT, type SavedCaseView } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CreateSavedCaseViewDto,
  type RenameSavedCaseViewDto,
} from './dto/saved-case-view.dto';
import { parseSavedViewQuery } from './saved-view-query';
import { SavedViewErrors } from './saved-view.errors';

/** Whose views: the signed-in person, in their programme. */
export type ViewOwner = Pick<AuthUser, 'id' | 'programmeId'>;

const NAME_KEY = 'saved_case_view_user_name_key';

const COLUMNS = `id, name, query, position, created_at AS "createdAt"`;

interface ViewRow extends Omit<SavedCaseView, 'createdAt'> {
  createdAt: Date;
}

const toView = (row: ViewRow): SavedCaseView => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

function isNameTaken(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const { code, constraint } = (driverError ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === NAME_KEY;
}

/** A person's saved case-list views; nobody else sees or changes them (404, not 403). */
@Injectable()
export class SavedViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(owner: ViewOwner): Promise<SavedCaseView[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM saved_case_view
        WHERE user_id = $1 AND programme_id = $2 ORDER BY position, created_at`,
      [owner.id, owner.programmeId],
    )) as ViewRow[];
    return rows.map(toView);
  }

  /** Adds a view at the end of the person's list; refused when the name is taken or the list full. */
  async create(owner: ViewOwner, dto: CreateSavedCaseViewDto): Promise<SavedCaseView> {
    const query = parseSavedViewQuery(dto.query);
    try {
      return await this.db.transaction(async (manager) => {
        // One person's saves in turn, so that two at once cannot both take the 50th place.
        await manager.query(
          `SELECT pg_advisory_xact_lock(hashtext('techpact:saved-view:' || $1))`,
          [owner.id],
        );
        const count = await this.count(manager, owner);
        if (count.total >= SAVED_CASE_VIEW_LIMIT) throw SavedViewErrors.limitReached();
        const [row] = (await manager.query(
          `INSERT INTO saved_case_view (user_id, programme_id, name, query, position)
           VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
          [owner.id, owner.programmeId, dto.name, JSON.stringify(query), count.nextPosition],
        )) as ViewRow[];
        if (!row) throw new Error('INSERT … RETURNING gave no row');
        return toView(row);
      });
    } catch (error) {
      if (isNameTaken(error)) throw SavedViewErrors.nameTaken(dto.name);
      throw error;
    }
  }

  async rename(owner: ViewOwner, id: string, dto: RenameSavedCaseViewDto): Promise<SavedCaseView> {
    let rows: ViewRow[];
    try {
      // In a CTE: a bare UPDATE … RETURNING answers [rows, count].
      rows = (await this.db.query(
        `WITH renamed AS (
           UPDATE saved_case_view SET name = $3 WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}
         ) SELECT * FROM renamed`,
        [id, owner.id, dto.name],
      )) as ViewRow[];
    } catch (error) {
      if (isNameTaken(error)) throw SavedViewErrors.nameTaken(dto.name);
      throw error;
    }
    const [row] = rows;
    if (!row) throw SavedViewErrors.notFound();
    return toView(row);
  }

  async remove(owner: ViewOwner, id: string): Promise<void> {
    const rows = (await this.db.query(
      `WITH removed AS (DELETE FROM saved_case_view WHERE id = $1 AND user_id = $2 RETURNING id)
       SELECT id FROM removed`,
      [id, owner.id],
    )) as { id: string }[];
    if (rows.length === 0) throw SavedViewErrors.notFound();
  }

  private async count(
    manager: EntityManager,
    owner: ViewOwner,
  ): Promise<{ total: number; nextPosition: number }> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS total, COALESCE(max(position) + 1, 0)::int AS "nextPosition"
         FROM saved_case_view WHERE user_id = $1`,
      [owner.id],
    )) as { total: number; nextPosition: number }[];
    return row ?? { total: 0, nextPosition: 0 };
  }
}
