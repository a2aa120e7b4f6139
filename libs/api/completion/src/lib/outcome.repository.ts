import { type CaseOutcomes, type RecordOutcomesRequest } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

interface OutcomeRow extends RecordOutcomesRequest {
  recordedAt: Date;
  recordedById: string | null;
  recordedByName: string | null;
}

/** The `case_outcome` table. */
export class OutcomeRepository {
  constructor(private readonly manager: EntityManager) {}

  async find(caseId: string): Promise<CaseOutcomes | null> {
    const [row] = (await this.manager.query(
      `SELECT o.jobs_created AS "jobsCreated", o.new_products AS "newProducts",
              o.new_processes AS "newProcesses",
              o.private_investment_dkk::float8 AS "privateInvestmentDkk",
              o.turnover_effect AS "turnoverEffect", o.closing_summary AS "closingSummary",
              o.recorded_at AS "recordedAt", u.id AS "recordedById", u.name AS "recordedByName"
         FROM case_outcome o LEFT JOIN app_user u ON u.id = o.recorded_by
        WHERE o.case_id = $1`,
      [caseId],
    )) as OutcomeRow[];
    if (!row) return null;
    const { recordedById, recordedByName, recordedAt, ...values } = row;
    return {
      ...values,
      recordedAt: recordedAt.toISOString(),
      recordedBy: recordedById ? { id: recordedById, name: recordedByName ?? '' } : null,
    };
  }

  async exists(caseId: string): Promise<boolean> {
    const rows = (await this.manager.query(`SELECT 1 FROM case_outcome WHERE case_id = $1`, [
      caseId,
    ])) as unknown[];
    return rows.length > 0;
  }

  async upsert(
    caseId: string,
    values: RecordOutcomesRequest,
    actorId: string | null,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO case_outcome (case_id, jobs_created, new_products, new_processes,
                                 private_investment_dkk, turnover_effect, closing_summary, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (case_id) DO UPDATE SET
         jobs_created = EXCLUDED.jobs_created, new_products = EXCLUDED.new_products,
         new_processes = EXCLUDED.new_processes,
         private_investment_dkk = EXCLUDED.private_investment_dkk,
         turnover_effect = EXCLUDED.turnover_effect, closing_summary = EXCLUDED.closing_summary,
         recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [
        caseId,
        values.jobsCreated,
        values.newProducts,
        values.newProcesses,
        values.privateInvestmentDkk,
        values.turnoverEffect,
        values.closingSummary,
        actorId,
      ],
    );
  }
}
