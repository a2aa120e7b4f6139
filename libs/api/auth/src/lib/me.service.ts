import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MeResponse, type UpdateMeRequest } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { AuthErrors } from './auth.errors';
import { type AuthUser } from './auth-user';
import { User } from './entities/user.entity';

@Injectable()
export class MeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async describe(userId: string): Promise<MeResponse> {
    const rows = (await this.db.query(
      `SELECT u.id, u.email, u.name, u.role, u.language, u.organisation,
              json_build_object('id', p.id, 'name', p.name) AS programme,
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS company,
              COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
                          FROM coordinator_municipality cm JOIN municipality m ON m.id = cm.municipality_id
                         WHERE cm.user_id = u.id), '[]') AS municipalities
         FROM app_user u
         JOIN programme p ON p.id = u.programme_id
         LEFT JOIN company c ON c.id = u.company_id
        WHERE u.id = $1`,
      [userId],
    )) as MeResponse[];
    const me = rows[0];
    if (!me) throw AuthErrors.userNotFound();
    return me;
  }

  async update(user: AuthUser, changes: UpdateMeRequest): Promise<MeResponse> {
    if (Object.keys(changes).length > 0) await this.db.getRepository(User).update(user.id, changes);
    return this.describe(user.id);
  }
}
