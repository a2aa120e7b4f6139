import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ProgrammeTargets, type RetentionSettings } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportingErrors } from '../reporting.errors';
import { type RetentionSettingsDto } from './programme-settings.dto';
import { retentionOf, targetsOf } from './programme-targets';

/** Reads one programme's settings (jsonb). */
export async function programmeSettings(
  manager: EntityManager,
  programmeId: string,
  lock = false,
): Promise<Record<string, unknown>> {
  const [row] = (await manager.query(
    `SELECT settings FROM programme WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [programmeId],
  )) as { settings: Record<string, unknown> }[];
  if (!row) throw ReportingErrors.programmeNotFound();
  return row.settings;
}

/** The programme's targets and retention, kept in `programme.settings` beside its other settings. */
@Injectable()
export class ProgrammeSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async targets(programmeId: string): Promise<ProgrammeTargets> {
    return targetsOf(await programmeSettings(this.db.manager, programmeId));
  }

  async setTargets(programmeId: string, targets: ProgrammeTargets): Promise<ProgrammeTargets> {
    const clean = targetsOf({ targets: { ...targets } });
    await this.write(programmeId, 'targets', clean);
    return clean;
  }

  async retention(programmeId: string): Promise<RetentionSettings> {
    return retentionOf(await programmeSettings(this.db.manager, programmeId));
  }

  async setRetention(programmeId: string, dto: RetentionSettingsDto): Promise<RetentionSettings> {
    const value = { years: dto.years, lastPaymentYear: dto.lastPaymentYear };
    await this.write(programmeId, 'retention', value);
    return retentionOf({ retention: value });
  }

  private async write(programmeId: string, key: string, value: object): Promise<void> {
    const rows = (await this.db.query(
      `UPDATE programme SET settings = settings || jsonb_build_object($2::text, $3::jsonb),
              updated_at = now()
        WHERE id = $1 RETURNING id`,
      [programmeId, key, JSON.stringify(value)],
    )) as [unknown[], number];
    if (rows[1] === 0) throw ReportingErrors.programmeNotFound();
  }
}
