/**
 * What the assessments, agreements, activities and completion features leave behind on each
 * path: T0 (and some T1) assessments with scores, agreement versions with upgrades and signers,
 * the activities of the version in force, and the outcomes of completed cases.
 */
import { createHash } from 'node:crypto';
import { type Client } from 'pg';
import { UPGRADES } from './names';

/**
 * The frozen and the signed PDF of every generated version: one small real PDF each (rendering
 * 100,000 agreements would measure the PDF library, not the data). Hashes match the bytes.
 */
function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const DOCUMENT_PDF = minimalPdf('TechPact technology agreement (benchmark data)');
export const SIGNED_PDF = minimalPdf('TechPact technology agreement, signed (benchmark data)');
export const DOCUMENT_HASH = createHash('sha256').update(DOCUMENT_PDF).digest('hex');
const SIGNED_HASH = createHash('sha256').update(SIGNED_PDF).digest('hex');

/** The time of a case's audit step `version` (a column of bench_path), as a join. */
const stepJoin = (alias: string, step: string) =>
  `LEFT JOIN audit_event ${alias} ON ${alias}.case_id = c.case_id AND ${alias}.version = ${step}`;

export async function insertAssessments(client: Client, programmeId: string): Promise<void> {
  // The dimension snapshot an assessment keeps, as AssessmentRepository.dimensions reads it.
  await client.query(
    `CREATE TEMP TABLE bench_dims AS
     SELECT jsonb_agg(jsonb_build_object('id', d.id, 'key', d.key, 'name', d.name,
              'description', d.description, 'levels', d.levels,
              'upgradeCategories', to_jsonb(d.upgrade_categories), 'position', d.position,
              'active', d.active) ORDER BY d.position, d.name, d.id) AS dims
       FROM assessment_dimension d WHERE d.programme_id = $1 AND d.active`,
    [programmeId],
  );
  await client.query(
    `INSERT INTO assessment (case_id, kind, dimensions, summary, created_by, updated_by,
                             created_at, updated_at, submitted_at, submitted_by)
     SELECT c.case_id, 'T0', d.dims,
            'Owner-led manufacturer; machines mostly stand-alone, planning on spreadsheets.',
            c.expert_id, c.expert_id, s.created_at, COALESCE(sub.created_at, s.created_at + interval '2 days'),
            sub.created_at, CASE WHEN sub.created_at IS NOT NULL THEN c.expert_id END
       FROM bench_case c JOIN bench_path p ON p.idx = c.path_idx CROSS JOIN bench_dims d
       ${stepJoin('s', 'p.t0_started_step')}
       ${stepJoin('sub', 'p.t0_submitted_step')}
      WHERE p.t0 <> 'none'`,
  );
  // T1 for half of the completed cases, during their completion stage.
  await client.query(
    `INSERT INTO assessment (case_id, kind, dimensions, summary, created_by, updated_by,
                             created_at, updated_at, submitted_at, submitted_by)
     SELECT c.case_id, 'T1', d.dims, 'Follow-up after the upgrades.', c.expert_id, c.expert_id,
            b.created_at + (e.created_at - b.created_at) * 0.2, b.created_at + (e.created_at - b.created_at) * 0.8,
            b.created_at + (e.created_at - b.created_at) * 0.8, c.expert_id
       FROM bench_case c JOIN bench_path p ON p.idx = c.path_idx CROSS JOIN bench_dims d
       ${stepJoin('b', 'p.completion_step')}
       ${stepJoin('e', 'p.complete_step')}
      WHERE p.complete_step IS NOT NULL AND c.n % 2 = 0`,
  );
  await client.query(
    `INSERT INTO assessment_score (assessment_id, dimension_id, score, notes)
     SELECT a.id, dim.id,
            CASE WHEN a.submitted_at IS NOT NULL OR random() < 0.6 THEN floor(random() * 5)::int END, ''
       FROM assessment a CROSS JOIN assessment_dimension dim
      WHERE a.kind = 'T0' AND dim.programme_id = $1 AND dim.active`,
    [programmeId],
  );
  await client.query(
    `INSERT INTO assessment_score (assessment_id, dimension_id, score, notes)
     SELECT t1.id, s0.dimension_id, least(5, s0.score + floor(random() * 3)::int), ''
       FROM assessment t1
       JOIN assessment t0 ON t0.case_id = t1.case_id AND t0.kind = 'T0'
       JOIN assessment_score s0 ON s0.assessment_id = t0.id
      WHERE t1.kind = 'T1'`,
  );
}

/**
 * Agreement versions (draft, sent, signed, in force, superseded by an amendment, recalled by a
 * withdrawal), their upgrades (`activities` of them spread over the versions in force, weighted,
 * adding up exactly) and one signer each: the company's contact, who is its SME user.
 */
export async function insertAgreements(client: Client, activities: number): Promise<void> {
  await client.query(`ALTER TABLE bench_case ADD COLUMN upgrades int, ADD COLUMN work_from timestamptz,
                        ADD COLUMN work_to timestamptz`);
  await client.query(
    `WITH f AS MATERIALIZED (
       SELECT c.n, 1 + floor(random() * 3)::bigint AS w
         FROM bench_case c JOIN bench_path p ON p.idx = c.path_idx WHERE p.work_from_step IS NOT NULL),
     cum AS MATERIALIZED (SELECT n, w, (sum(w) OVER (ORDER BY n))::bigint AS cw, (sum(w) OVER ())::bigint AS tw FROM f)
     UPDATE bench_case c
        SET upgrades = ($1::bigint * cum.cw) / cum.tw - ($1::bigint * (cum.cw - cum.w)) / cum.tw
       FROM cum WHERE cum.n = c.n`,
    [activities],
  );
  await client.query(
    `UPDATE bench_case c SET upgrades = 2 + c.n % 3
       FROM bench_path p WHERE p.idx = c.path_idx AND p.work_from_step IS NULL`,
  );
  await client.query(
    `UPDATE bench_case c SET work_from = wf.created_at, work_to = COALESCE(wt.created_at, now())
       FROM bench_path p, audit_event wf, audit_event wt
      WHERE p.idx = c.path_idx AND wf.case_id = c.case_id AND wf.version = p.work_from_step
        AND wt.case_id = c.case_id AND wt.version = COALESCE(p.work_to_step, p.final_version)`,
  );
  // Implementation cases are still at work: their window runs until now.
  await client.query(
    `UPDATE bench_case c SET work_to = now() FROM bench_path p
      WHERE p.idx = c.path_idx AND p.work_from_step IS NOT NULL AND p.work_to_step IS NULL`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_version AS
     SELECT gen_random_uuid() AS id, NULL::uuid AS amends_id, c.case_id, c.n, c.company_id,
            c.company_name, c.coordinator_id, v.number, v.status, v.closed_reason,
            cr.created_at AS created_at, cr.actor_id AS created_by, se.created_at AS sent_at,
            si.created_at AS signed_at, fo.created_at AS in_force_at
       FROM bench_case c JOIN bench_version_plan v ON v.path_idx = c.path_idx
       LEFT JOIN audit_event cr ON cr.case_id = c.case_id AND cr.version = v.created_step
       LEFT JOIN audit_event se ON se.case_id = c.case_id AND se.version = v.sent_step
       LEFT JOIN audit_event si ON si.case_id = c.case_id AND si.version = v.signed_step
       LEFT JOIN audit_event fo ON fo.case_id = c.case_id AND fo.version = v.in_force_step`,
  );
  // An amendment's draft amends the version in force before it.
  await client.query(
    `UPDATE bench_version b SET amends_id = v1.id FROM bench_version v1
      WHERE v1.case_id = b.case_id AND v1.number = b.number - 1`,
  );
  await client.query(
    `INSERT INTO agreement_version (id, case_id, number, status, amends_version_id, title, summary,
                                   goals, document_pdf, document_hash, sent_at, sent_by,
                                   signing_expires_at, countersigned_at, countersigned_by,
                                   signed_pdf, signed_pdf_hash, in_force_at, closed_reason,
                                   row_version, created_by, created_at, updated_at)
     SELECT v.id, v.case_id, v.number, v.status, v.amends_id,
            left('Technology agreement: ' || v.company_name, 200),
            'The company and the programme agree on the upgrades below, carried out with the expert.',
            'Shorter lead times, fewer defects and less energy per unit produced.',
            CASE WHEN v.sent_at IS NOT NULL THEN $1::bytea END,
            CASE WHEN v.sent_at IS NOT NULL THEN $2 END,
            v.sent_at, CASE WHEN v.sent_at IS NOT NULL THEN v.coordinator_id END,
            v.sent_at + interval '14 days',
            v.in_force_at, CASE WHEN v.in_force_at IS NOT NULL THEN v.coordinator_id END,
            CASE WHEN v.in_force_at IS NOT NULL THEN $3::bytea END,
            CASE WHEN v.in_force_at IS NOT NULL THEN $4 END,
            v.in_force_at, v.closed_reason,
            (v.sent_at IS NOT NULL)::int + (v.signed_at IS NOT NULL)::int + (v.in_force_at IS NOT NULL)::int
              + (v.status IN ('superseded', 'recalled'))::int,
            v.created_by, v.created_at,
            greatest(v.created_at, v.sent_at, v.signed_at, v.in_force_at)
       FROM bench_version v ORDER BY v.n, v.number`,
    [DOCUMENT_PDF, DOCUMENT_HASH, SIGNED_PDF, SIGNED_HASH],
  );
  // Upgrades: the same lineages in every version of a case (an amendment copies them).
  await client.query(
    `CREATE TEMP TABLE bench_lineage AS
     SELECT c.case_id, c.n, c.expert_id, g.position, gen_random_uuid() AS lineage_id,
            ($1::text[])[1 + (c.n + g.position) % cardinality($1::text[])] AS title,
            ($2::text[])[1 + (c.n + g.position) % cardinality($2::text[])] AS category,
            (8 * (1 + (c.n * 7 + g.position * 3) % 10))::numeric(7, 2) AS planned_hours,
            (COALESCE(c.work_from, c.last_event_at) + (45 + 30 * g.position + c.n % 20) * interval '1 day')::date
              AS target_date
       FROM bench_case c CROSS JOIN LATERAL generate_series(0, c.upgrades - 1) AS g(position)
      WHERE EXISTS (SELECT 1 FROM bench_version v WHERE v.case_id = c.case_id)`,
    [UPGRADES.map(([title]) => title), UPGRADES.map(([, category]) => category)],
  );
  await client.query(
    `INSERT INTO agreement_upgrade (version_id, lineage_id, position, title, description, category,
                                   expert_id, planned_hours, target_date, created_at, updated_at)
     SELECT v.id, l.lineage_id, l.position, l.title, l.title || ': specification, installation and training.',
            l.category, l.expert_id, l.planned_hours, l.target_date, v.created_at, v.created_at
       FROM bench_version v JOIN bench_lineage l ON l.case_id = v.case_id
      ORDER BY v.n, v.number, l.position`,
  );
  await client.query(
    `INSERT INTO agreement_signer (version_id, contact_id, user_id, name, email, language,
                                  token_hash, link_expires_at, link_status, signed_at, signed_name,
                                  signed_ip, signed_user_agent, signed_hash, created_at)
     SELECT v.id, cc.id, u.id, cc.name, cc.email, 'da',
            CASE WHEN v.sent_at IS NOT NULL
                 THEN encode(sha256(convert_to(v.id::text || ':signer', 'UTF8')), 'hex') END,
            v.sent_at + interval '14 days',
            CASE v.status WHEN 'draft' THEN 'pending' WHEN 'sent' THEN 'active'
                          WHEN 'recalled' THEN 'recalled' ELSE 'used' END,
            v.signed_at - interval '10 minutes',
            CASE WHEN v.signed_at IS NOT NULL THEN cc.name END,
            CASE WHEN v.signed_at IS NOT NULL THEN '192.0.2.' || (1 + v.n % 250) END,
            CASE WHEN v.signed_at IS NOT NULL THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/140.0' END,
            CASE WHEN v.signed_at IS NOT NULL THEN $1 END,
            v.created_at
       FROM bench_version v
       JOIN company_contact cc ON cc.company_id = v.company_id
       LEFT JOIN app_user u ON u.company_id = v.company_id AND u.role = 'sme'`,
    [DOCUMENT_HASH],
  );
}

/**
 * The activities of each version in force (one per upgrade, by lineage): all done or cancelled
 * once the case began completion, a mix of planned, in progress, done and cancelled before.
 */
export async function insertActivities(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, description, category,
                           expert_id, planned_hours, target_date, status, started_at, done_at,
                           outcome_notes, cancelled_at, cancel_reason, row_version, created_at,
                           updated_at)
     SELECT x.case_id, x.lineage_id, x.upgrade_id, x.title, x.description, x.category, x.expert_id,
            x.planned_hours, x.target_date, x.status, x.started_at,
            CASE WHEN x.status = 'done' THEN x.ended_at END,
            CASE WHEN x.status = 'done' THEN 'Delivered and handed over to the production team.' END,
            CASE WHEN x.status = 'cancelled' THEN x.ended_at END,
            CASE WHEN x.status = 'cancelled' THEN 'The company chose another supplier for this upgrade.' END,
            CASE x.status WHEN 'planned' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END,
            x.work_from, COALESCE(x.ended_at, x.started_at, x.work_from)
       FROM (
         SELECT y.*, CASE WHEN y.status = 'planned' THEN NULL
                          ELSE y.work_from + (y.work_to - y.work_from) * y.r_start END AS started_at,
                CASE WHEN y.status IN ('done', 'cancelled')
                     THEN y.work_from + (y.work_to - y.work_from) * (y.r_start + (1 - y.r_start) * y.r_end)
                END AS ended_at
           FROM (
             SELECT z.case_id, u.lineage_id, u.id AS upgrade_id, u.title, u.description, u.category,
                    u.expert_id, u.planned_hours, u.target_date, z.work_from, z.work_to,
                    z.r_start, z.r_end,
                    CASE WHEN z.closed THEN CASE WHEN z.r < 0.92 THEN 'done' ELSE 'cancelled' END
                         WHEN z.r < 0.25 THEN 'planned' WHEN z.r < 0.65 THEN 'in_progress'
                         WHEN z.r < 0.95 THEN 'done' ELSE 'cancelled' END AS status
               FROM (
                 SELECT c.case_id, c.n, c.work_from, c.work_to, p.activities_closed AS closed,
                        u.id AS upgrade_id, u.position, random() AS r, random() * 0.5 AS r_start,
                        0.3 + 0.7 * random() AS r_end
                   FROM bench_case c
                   JOIN bench_path p ON p.idx = c.path_idx
                   JOIN agreement_version v ON v.case_id = c.case_id AND v.status = 'in_force'
                   JOIN agreement_upgrade u ON u.version_id = v.id
                 OFFSET 0) z
               JOIN agreement_upgrade u ON u.id = z.upgrade_id
              ORDER BY z.n, z.position) y) x`,
  );
}

/** Outcomes of every completed case and of half the cases in completion. */
export async function insertOutcomes(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO case_outcome (case_id, jobs_created, new_products, new_processes,
                               private_investment_dkk, turnover_effect, closing_summary,
                               recorded_by, recorded_at)
     SELECT c.case_id, (c.n % 4) / 2, c.n % 3 / 2, 1 + c.n % 2, 50000 + (c.n * 7919) % 900000,
            (ARRAY['none', 'upTo5Percent', '5To15Percent', '15To30Percent', 'over30Percent', 'unknown'])[1 + c.n % 6],
            'The new equipment runs in daily production; staff trained.', c.coordinator_id,
            b.created_at + (c.last_event_at - b.created_at) * 0.5
       FROM bench_case c JOIN bench_path p ON p.idx = c.path_idx
       ${stepJoin('b', 'p.completion_step')}
      WHERE p.outcomes = 'all' OR (p.outcomes = 'some' AND c.n % 2 = 0)`,
  );
}
