import { type AuthUser } from '@techpact/api/auth';
import {
  type AssessmentDimension,
  type AssessmentKind,
  type AssessmentListItem,
  type AssessmentScore,
  type AssessmentStatus,
  type RefSummary,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { type ListAssessmentsQueryDto } from './dto/list-assessments.query';

/** Who reads or writes an assessment: the parts of the signed-in user that decide scope. */
export type AssessmentActor = Pick<
  AuthUser,
  'id' | 'role' | 'programmeId' | 'municipalityIds' | 'companyId'
>;

export interface AssessedCase {
  id: string;
  programmeId: string;
  municipalityId: string;
  state: string;
  /** Whether the actor is an expert assigned to the case. */
  assigned: boolean;
}

export interface AssessmentRow {
  id: string;
  dimensions: AssessmentDimension[];
  summary: string;
  updatedAt: Date;
  updatedBy: RefSummary | null;
  submittedAt: Date | null;
  submittedBy: RefSummary | null;
}

const DIMENSION_COLUMNS = `d.id, d.key, d.name, d.description, d.levels,
  d.upgrade_categories AS "upgradeCategories", d.position, d.active`;

/** The SQL of dimensions, assessments and scores, on one entity manager. */
export class AssessmentRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  /** The case in the actor's programme (scope is the caller's decision), optionally locked. */
  async findCase(
    actor: AssessmentActor,
    caseId: string,
    lock = false,
  ): Promise<AssessedCase | null> {
    const [row] = await this.rows<AssessedCase>(
      `SELECT cf.id, cf.programme_id AS "programmeId", cf.municipality_id AS "municipalityId", cf.state,
              EXISTS (SELECT 1 FROM case_expert ce WHERE ce.case_id = cf.id AND ce.expert_id = $3) AS assigned
         FROM case_file cf WHERE cf.id = $1 AND cf.programme_id = $2
         ${lock ? 'FOR UPDATE OF cf' : ''}`,
      [caseId, actor.programmeId, actor.id],
    );
    return row ?? null;
  }

  async dimensions(programmeId: string, activeOnly: boolean): Promise<AssessmentDimension[]> {
    return this.rows<AssessmentDimension>(
      `SELECT ${DIMENSION_COLUMNS} FROM assessment_dimension d
        WHERE d.programme_id = $1 ${activeOnly ? 'AND d.active' : ''}
        ORDER BY d.position, d.name, d.id`,
      [programmeId],
    );
  }

  async dimension(
    programmeId: string,
    id: string,
    lock = false,
  ): Promise<AssessmentDimension | null> {
    const [row] = await this.rows<AssessmentDimension>(
      `SELECT ${DIMENSION_COLUMNS} FROM assessment_dimension d WHERE d.id = $1 AND d.programme_id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [id, programmeId],
    );
    return row ?? null;
  }

  async assessment(
    caseId: string,
    kind: AssessmentKind,
    lock = false,
  ): Promise<AssessmentRow | null> {
    const [row] = await this.rows<AssessmentRow>(
      `SELECT a.id, a.dimensions, a.summary, a.updated_at AS "updatedAt", a.submitted_at AS "submittedAt",
              CASE WHEN uu.id IS NULL THEN NULL ELSE json_build_object('id', uu.id, 'name', uu.name) END AS "updatedBy",
              CASE WHEN su.id IS NULL THEN NULL ELSE json_build_object('id', su.id, 'name', su.name) END AS "submittedBy"
         FROM assessment a
         LEFT JOIN app_user uu ON uu.id = a.updated_by
         LEFT JOIN app_user su ON su.id = a.submitted_by
        WHERE a.case_id = $1 AND a.kind = $2
        ${lock ? 'FOR UPDATE OF a' : ''}`,
      [caseId, kind],
    );
    return row ?? null;
  }

  async scores(assessmentId: string): Promise<AssessmentScore[]> {
    return this.rows<AssessmentScore>(
      `SELECT dimension_id AS "dimensionId", score, notes FROM assessment_score WHERE assessment_id = $1`,
      [assessmentId],
    );
  }

  async insertAssessment(
    caseId: string,
    kind: AssessmentKind,
    dimensions: readonly AssessmentDimension[],
    actorId: string,
  ): Promise<string> {
    const [row] = await this.rows<{ id: string }>(
      `INSERT INTO assessment (case_id, kind, dimensions, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [caseId, kind, JSON.stringify(dimensions), actorId],
    );
    if (!row) throw new Error('INSERT INTO assessment returned no row');
    return row.id;
  }

  /** Replaces the scores and the summary of a draft (one DELETE, one INSERT over arrays). */
  async saveDraft(
    assessmentId: string,
    summary: string,
    scores: readonly AssessmentScore[],
    actorId: string,
  ): Promise<void> {
    await this.manager.query(`DELETE FROM assessment_score WHERE assessment_id = $1`, [
      assessmentId,
    ]);
    if (scores.length > 0) {
      await this.manager.query(
        `INSERT INTO assessment_score (assessment_id, dimension_id, score, notes)
         SELECT $1, * FROM unnest($2::uuid[], $3::smallint[], $4::text[])`,
        [
          assessmentId,
          scores.map((s) => s.dimensionId),
          scores.map((s) => s.score),
          scores.map((s) => s.notes),
        ],
      );
    }
    await this.manager.query(
      `UPDATE assessment SET summary = $2, updated_by = $3, updated_at = now() WHERE id = $1`,
      [assessmentId, summary, actorId],
    );
  }

  async markSubmitted(assessmentId: string, actorId: string): Promise<void> {
    await this.manager.query(
      `UPDATE assessment SET submitted_at = now(), submitted_by = $2 WHERE id = $1 AND submitted_at IS NULL`,
      [assessmentId, actorId],
    );
  }

  /**
   * Assessments to do or done on the cases in the actor's scope: one row per case and kind where
   * an assessment exists, T0 for cases in the assessment stage, T1 for cases in completion.
   */
  async list(
    actor: AssessmentActor,
    query: ListAssessmentsQueryDto,
  ): Promise<{ items: AssessmentListItem[]; total: number }> {
    const params: unknown[] = [actor.programmeId];
    const where = ['cf.programme_id = $1'];
    switch (actor.role) {
      case 'admin':
        break;
      case 'coordinator':
        params.push(actor.municipalityIds);
        where.push(`cf.municipality_id = ANY($${params.length}::uuid[])`);
        break;
      case 'expert':
        params.push(actor.id);
        where.push(
          `EXISTS (SELECT 1 FROM case_expert se WHERE se.case_id = cf.id AND se.expert_id = $${params.length})`,
        );
        break;
      case 'sme':
        where.push('false');
        break;
    }
    where.push(`(a.id IS NOT NULL
                 OR (k.kind = 'T0' AND cf.state IN ('assessment.scheduled', 'assessment.inProgress'))
                 OR (k.kind = 'T1' AND cf.state = 'completion'))`);
    if (query.kind) {
      params.push(query.kind);
      where.push(`k.kind = $${params.length}`);
    }
    const status = `CASE WHEN a.id IS NULL THEN 'notStarted' WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END`;
    if (query.status) {
      params.push(query.status);
      where.push(`${status} = $${params.length}`);
    }
    const from = `FROM case_file cf
      CROSS JOIN (VALUES ('T0'), ('T1')) AS k(kind)
      JOIN company c ON c.id = cf.company_id
      JOIN municipality m ON m.id = cf.municipality_id
      LEFT JOIN assessment a ON a.case_id = cf.id AND a.kind = k.kind
      WHERE ${where.join(' AND ')}`;
    const [count] = await this.rows<{ total: number }>(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const rows = await this.rows<
      Omit<AssessmentListItem, 'updatedAt' | 'submittedAt' | 'status'> & {
        status: AssessmentStatus;
        updatedAt: Date | null;
        submittedAt: Date | null;
      }
    >(
      `SELECT cf.id AS "caseId", cf.state AS "caseState", k.kind, ${status} AS status,
              json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                                'country', trim(c.country)) AS company,
              json_build_object('id', m.id, 'name', m.name) AS municipality,
              COALESCE((SELECT count(*)::int FROM assessment_score s WHERE s.assessment_id = a.id AND s.score IS NOT NULL), 0) AS scored,
              COALESCE(jsonb_array_length(a.dimensions),
                       (SELECT count(*)::int FROM assessment_dimension d WHERE d.programme_id = cf.programme_id AND d.active)) AS total,
              a.updated_at AS "updatedAt", a.submitted_at AS "submittedAt"
         ${from}
        ORDER BY (a.submitted_at IS NOT NULL), cf.last_event_at DESC, cf.id, k.kind
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return {
      items: rows.map((row) => ({
        ...row,
        updatedAt: row.updatedAt?.toISOString() ?? null,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      })),
      total: count?.total ?? 0,
    };
  }
}
