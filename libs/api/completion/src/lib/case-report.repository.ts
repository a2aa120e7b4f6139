import { type EntityManager } from 'typeorm';

export interface CaseReportData {
  caseId: string;
  state: string;
  openedAt: Date;
  closedAt: Date;
  programme: string;
  municipality: string;
  coordinator: string | null;
  company: {
    name: string;
    registrationNumber: string;
    country: string;
    address: string | null;
    sector: string | null;
    employees: number | null;
    sizeBand: string | null;
  };
  versions: { number: number; status: string; inForceAt: Date | null; hash: string | null }[];
  activities: {
    title: string;
    status: string;
    expert: string;
    plannedHours: number;
    expertHours: number;
    smeHours: number;
    outcomeNotes: string | null;
  }[];
  assessment: { dimension: string; t0: number | null; t1: number | null }[];
}

/** What the case report shows, read in a few set-based queries. */
export class CaseReportRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async load(caseId: string): Promise<Omit<CaseReportData, 'state'> | null> {
    const [head] = await this.rows<
      Omit<CaseReportData, 'versions' | 'activities' | 'assessment' | 'state'>
    >(
      `SELECT cf.id AS "caseId", cf.opened_at AS "openedAt", cf.last_event_at AS "closedAt",
              p.name AS programme, m.name AS municipality, co.name AS coordinator,
              json_build_object('name', c.name, 'registrationNumber', c.registration_number,
                'country', trim(c.country),
                'address', NULLIF(concat_ws(', ', c.address_line, concat_ws(' ', c.postal_code, c.city)), ''),
                'sector', c.sector_code, 'employees', c.employees, 'sizeBand', c.size_band) AS company
         FROM case_file cf
         JOIN programme p ON p.id = cf.programme_id
         JOIN municipality m ON m.id = cf.municipality_id
         JOIN company c ON c.id = cf.company_id
         LEFT JOIN app_user co ON co.id = cf.coordinator_id
        WHERE cf.id = $1`,
      [caseId],
    );
    if (!head) return null;
    const [versions, activities, assessment] = await Promise.all([
      this.rows<CaseReportData['versions'][number]>(
        `SELECT number, status, in_force_at AS "inForceAt", document_hash AS hash
           FROM agreement_version WHERE case_id = $1 AND status <> 'draft' ORDER BY number`,
        [caseId],
      ),
      this.rows<CaseReportData['activities'][number]>(
        `SELECT a.title, a.status, e.name AS expert, a.planned_hours::float8 AS "plannedHours",
                COALESCE(sum(t.hours) FILTER (WHERE t.person_kind = 'expert'), 0)::float8 AS "expertHours",
                COALESCE(sum(t.hours) FILTER (WHERE t.person_kind = 'sme'), 0)::float8 AS "smeHours",
                a.outcome_notes AS "outcomeNotes"
           FROM activity a
           JOIN app_user e ON e.id = a.expert_id
           LEFT JOIN time_entry t ON t.activity_id = a.id AND t.status = 'approved'
          WHERE a.case_id = $1
          GROUP BY a.id, e.name ORDER BY a.created_at, a.title`,
        [caseId],
      ),
      this.rows<CaseReportData['assessment'][number]>(
        `SELECT d.name AS dimension, s0.score AS t0, s1.score AS t1
           FROM assessment_dimension d
           LEFT JOIN assessment a0 ON a0.case_id = $1 AND a0.kind = 'T0'
           LEFT JOIN assessment a1 ON a1.case_id = $1 AND a1.kind = 'T1'
           LEFT JOIN assessment_score s0 ON s0.assessment_id = a0.id AND s0.dimension_id = d.id
           LEFT JOIN assessment_score s1 ON s1.assessment_id = a1.id AND s1.dimension_id = d.id
          WHERE d.programme_id = (SELECT programme_id FROM case_file WHERE id = $1)
            AND (s0.score IS NOT NULL OR s1.score IS NOT NULL)
          ORDER BY d.position, d.name`,
        [caseId],
      ),
    ]);
    return { ...head, versions, activities, assessment };
  }
}
