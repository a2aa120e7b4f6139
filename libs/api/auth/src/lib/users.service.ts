import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containsPattern } from '@techpact/api/infra-db';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type Page, type UserResponse } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { AuthErrors } from './auth.errors';
import { type AuthUser } from './auth-user';
import { type ListUsersQuery } from './dto/list-users.query';
import { type UpdateUserDto } from './dto/update-user.dto';
import { User } from './entities/user.entity';
import { SessionService } from './session.service';

const USER_COLUMNS = `
  u.id, u.email, u.name, u.role, u.language, u.active, u.organisation, u.created_at AS "createdAt",
  CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS company,
  COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
              FROM coordinator_municipality cm JOIN municipality m ON m.id = cm.municipality_id
             WHERE cm.user_id = u.id), '[]') AS municipalities`;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** Admins see the programme's users; coordinators see experts and their companies' SME users. */
  async list(viewer: AuthUser, query: ListUsersQuery): Promise<Page<UserResponse>> {
    const params: unknown[] = [viewer.programmeId];
    const where = ['u.programme_id = $1'];
    if (viewer.role === 'coordinator') {
      params.push(viewer.municipalityIds);
      where.push(
        `(u.role = 'expert' OR (u.role = 'sme' AND c.municipality_id = ANY($${params.length})))`,
      );
    }
    if (query.role) {
      params.push(query.role);
      where.push(`u.role = $${params.length}`);
    }
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
    }
    const from = `FROM app_user u LEFT JOIN company c ON c.id = u.company_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as [
      { total: number },
    ];
    const rows = (await this.db.query(
      `SELECT ${USER_COLUMNS} ${from} ORDER BY u.name, u.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as UserResponse[];
    return { items: rows.map(normalise), total, limit: query.limit, offset: query.offset };
  }

  async get(viewer: AuthUser, id: string): Promise<UserResponse> {
    const [row] = (await this.db.query(
      `SELECT ${USER_COLUMNS} FROM app_user u LEFT JOIN company c ON c.id = u.company_id
        WHERE u.id = $1 AND u.programme_id = $2`,
      [id, viewer.programmeId],
    )) as UserResponse[];
    if (!row) throw AuthErrors.userNotFound();
    return normalise(row);
  }

  async update(admin: AuthUser, id: string, changes: UpdateUserDto): Promise<UserResponse> {
    await this.db.transaction(async (manager) => {
      const user = await manager
        .createQueryBuilder(User, 'u')
        .setLock('pessimistic_write')
        .where('u.id = :id AND u.programmeId = :programmeId', {
          id,
          programmeId: admin.programmeId,
        })
        .getOne();
      if (!user) throw AuthErrors.userNotFound();
      if (changes.active === false && user.id === admin.id) {
        throw new AppError(ErrorCode.Conflict, 'You cannot deactivate your own account.');
      }
      if (changes.municipalityIds && user.role !== 'coordinator') {
        throw new AppError(ErrorCode.Validation, 'Only coordinators serve municipalities.', [
          { field: 'municipalityIds', message: 'Only coordinators serve municipalities.' },
        ]);
      }
      const { municipalityIds, ...columns } = changes;
      if (Object.keys(columns).length > 0) await manager.update(User, id, columns);
      if (municipalityIds) {
        await manager.query(`DELETE FROM coordinator_municipality WHERE user_id = $1`, [id]);
        const inserted = (await manager.query(
          `INSERT INTO coordinator_municipality (user_id, municipality_id)
           SELECT $1, m.id FROM municipality m WHERE m.id = ANY($2) AND m.programme_id = $3 RETURNING municipality_id`,
          [id, municipalityIds, admin.programmeId],
        )) as unknown[];
        if (inserted.length !== new Set(municipalityIds).size) {
          throw new AppError(
            ErrorCode.Validation,
            'Some municipalities do not exist in this programme.',
            [
              {
                field: 'municipalityIds',
                message: 'Some municipalities do not exist in this programme.',
              },
            ],
          );
        }
      }
      if (changes.active === false) await this.sessions.endAllFor(manager, id);
    });
    return this.get(admin, id);
  }
}

function normalise(row: UserResponse): UserResponse {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}
