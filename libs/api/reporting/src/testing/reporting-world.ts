import { randomUUID } from 'node:crypto';
import { type CaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { type CaseStateValue } from '@techpact/lifecycle';
import { type DataSource } from 'typeorm';

/** Noon UTC of a day: whole days between any two of them. */
export const at = (date: string) => `${date}T10:00:00Z`;

const HASH = 'b'.repeat(64);

/** Raw inserts with explicit times, so that every figure of the reports can be computed by hand. */
export class ReportingFixture {
  constructor(
    private readonly db: DataSource,
    private readonly world: CaseWorld,
  ) {}

  private async id(sql: string, params: unknown[]): Promise<string> {
    const [row] = (await this.db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row from ${sql}`);
    return row.id;
  }

  /** A case in `state`, opened at `openedAt`, with its last event at `lastEventAt`. */
  async caseIn(
    companyId: string,
    state: CaseStateValue,
    openedAt: string,
    lastEventAt: string,
    coordinator = this.world.coordinatorA,
  ): Promise<string> {
    const from = state === 'onHold' ? 'implementation' : undefined;
    const caseId = await placeCaseInState(this.db, coordinator, companyId, state, from);
    await this.db.query(`UPDATE case_file SET opened_at = $2, last_event_at = $3 WHERE id = $1`, [
      caseId,
      openedAt,
      lastEventAt,
    ]);
    // The opening's stay starts when the case was opened.
    await this.db.query(`UPDATE case_stage_stay SET entered_at = $2 WHERE case_id = $1`, [
      caseId,
      openedAt,
    ]);
    return caseId;
  }

  /** Audit events (stage changes) at the given times, versions 1, 2, … */
  async trail(caseId: string, steps: readonly [from: string, to: string, at: string][]) {
    for (const [index, [from, to, when]] of steps.entries()) {
      await this.db.query(
        `INSERT INTO audit_event (case_id, event_type, from_state, to_state, version, created_at)
         VALUES ($1, 'TEST', $2, $3, $4, $5)`,
        [caseId, from, to, index + 1, when],
      );
    }
  }

  /** An agreement version with one upgrade per activity title; returns the upgrade ids. */
  async agreement(
    caseId: string,
    number: number,
    status: 'in_force' | 'superseded' | 'sent' | 'signed',
    times: { sentAt: string; inForceAt?: string },
    titles: readonly string[] = [],
  ): Promise<{ versionId: string; upgrades: { id: string; lineage: string }[] }> {
    const versionId = await this.id(
      `INSERT INTO agreement_version (case_id, number, title) VALUES ($1, $2, 'Technology agreement') RETURNING id`,
      [caseId, number],
    );
    const upgrades: { id: string; lineage: string }[] = [];
    for (const [position, title] of titles.entries()) {
      const lineage = randomUUID();
      upgrades.push({
        lineage,
        id: await this.id(
          `INSERT INTO agreement_upgrade (version_id, lineage_id, position, title, expert_id, planned_hours, target_date)
           VALUES ($1, $2, $3, $4, $5, 20, '2025-12-31') RETURNING id`,
          [versionId, lineage, position, title, this.world.expert.id],
        ),
      });
    }
    const inForce = status === 'in_force' || status === 'superseded';
    await this.db.query(
      `UPDATE agreement_version SET status = $2, document_pdf = '\\x25504446', document_hash = $3,
              sent_at = $4, signed_pdf = $5, in_force_at = $6
        WHERE id = $1`,
      [
        versionId,
        status,
        HASH,
        times.sentAt,
        inForce ? Buffer.from('%PDF') : null,
        inForce ? (times.inForceAt ?? times.sentAt) : null,
      ],
    );
    return { versionId, upgrades };
  }

  async signer(versionId: string, name: string, email: string, signedAt: string | null) {
    await this.db.query(
      `INSERT INTO agreement_signer (version_id, name, email, signed_at, signed_name, signed_hash,
                                     signed_ip, signed_user_agent)
       VALUES ($1, $2, $3, $4, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE $2 END,
               CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE $5 END, '192.0.2.7', 'Test agent')`,
      [versionId, name, email, signedAt, HASH],
    );
  }

  async activity(
    caseId: string,
    upgrade: { id: string; lineage: string },
    title: string,
    values: {
      status: 'planned' | 'in_progress' | 'done' | 'cancelled';
      createdAt: string;
      startedAt?: string;
      doneAt?: string;
      outcomeNotes?: string;
    },
  ): Promise<string> {
    return this.id(
      `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, expert_id, planned_hours,
                             target_date, status, created_at, started_at, done_at, outcome_notes,
                             cancelled_at, cancel_reason)
       VALUES ($1, $2, $3, $4, $5, 20, '2025-12-31', $6, $7, $8, $9, $10,
               CASE WHEN $6 = 'cancelled' THEN $7::timestamptz END,
               CASE WHEN $6 = 'cancelled' THEN 'No longer needed' END)
       RETURNING id`,
      [
        caseId,
        upgrade.lineage,
        upgrade.id,
        title,
        this.world.expert.id,
        values.status,
        values.createdAt,
        values.startedAt ?? null,
        values.doneAt ?? null,
        values.outcomeNotes ?? null,
      ],
    );
  }

  async hours(
    caseId: string,
    activityId: string,
    kind: 'expert' | 'sme',
    workDate: string,
    hours: number,
    status: 'approved' | 'submitted' = 'approved',
  ): Promise<string> {
    const userId = kind === 'expert' ? this.world.expert.id : this.world.sme.id;
    return this.id(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date,
                               hours, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [this.world.programmeId, caseId, activityId, userId, kind, workDate, hours, status],
    );
  }

  async outcome(caseId: string, jobs: number, newProducts: number, investment: number) {
    await this.db.query(
      `INSERT INTO case_outcome (case_id, jobs_created, new_products, new_processes,
                                 private_investment_dkk, turnover_effect, closing_summary)
       VALUES ($1, $2, $3, 1, $4, 'upTo5Percent', 'A cobot cell runs two shifts.')`,
      [caseId, jobs, newProducts, investment],
    );
  }

  async dimension(key: string, name: string, position: number): Promise<string> {
    return this.id(
      `INSERT INTO assessment_dimension (programme_id, key, name, levels, position)
       VALUES ($1, $2, $3, '["0","1","2","3","4","5"]', $4) RETURNING id`,
      [this.world.programmeId, key, name, position],
    );
  }

  /** An assessment; scores by dimension id (none: a draft without scores), then submitted. */
  async assessment(
    caseId: string,
    kind: 'T0' | 'T1',
    createdAt: string,
    submittedAt: string | null,
    scores: Record<string, number> = {},
  ) {
    const assessmentId = await this.id(
      `INSERT INTO assessment (case_id, kind, dimensions, created_at)
       VALUES ($1, $2, '[]', $3) RETURNING id`,
      [caseId, kind, createdAt],
    );
    for (const [dimensionId, score] of Object.entries(scores)) {
      await this.db.query(
        `INSERT INTO assessment_score (assessment_id, dimension_id, score) VALUES ($1, $2, $3)`,
        [assessmentId, dimensionId, score],
      );
    }
    // As the service does: scores are written to the draft, which is then submitted.
    await this.db.query(`UPDATE assessment SET submitted_at = $2 WHERE id = $1`, [
      assessmentId,
      submittedAt,
    ]);
  }

  async reminder(caseId: string, kind: string, scheduledIn: string, dueInDays: number) {
    await this.db.query(
      `INSERT INTO reminder (case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                             case_version, due_at, status, job_id)
       VALUES ($1, $2, $3, 'case', 'coordinator', $4, 0, now() + make_interval(days => $5),
               CASE WHEN $5 < 0 THEN 'sent' ELSE 'scheduled' END, $6)`,
      [caseId, this.world.programmeId, kind, scheduledIn, dueInDays, `test-${randomUUID()}`],
    );
  }
}
