import { type CaseReportFilters } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

/**
 * The case-list conditions (alias `cf`) behind the dashboard's numbers; they must count what
 * `@techpact/api/reporting` counts (its integration test compares both). The period is in
 * programme time: `from` 00:00 up to the day after `to`, 00:00.
 */
export async function caseReportConditions(
  manager: EntityManager,
  programmeId: string,
  query: CaseReportFilters,
  params: unknown[],
): Promise<string[]> {
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.stage && query.stage.length > 0) {
    where.push(`split_part(cf.state, '.', 1) = ANY(${add(query.stage)}::text[])`);
  }
  if (query.hasOutcomes !== undefined) {
    where.push(
      `${query.hasOutcomes ? '' : 'NOT '}EXISTS (SELECT 1 FROM case_outcome o WHERE o.case_id = cf.id)`,
    );
  }

  const events: string[] = [];
  const period = query.from !== undefined || query.to !== undefined;
  let timeZone = 'UTC';
  if (period) {
    const [row] = (await manager.query(`SELECT time_zone AS tz FROM programme WHERE id = $1`, [
      programmeId,
    ])) as { tz: string }[];
    timeZone = row?.tz ?? timeZone;
  }
  // Bound on first use only: PostgreSQL refuses a parameter that no condition mentions.
  let bounds: { lo: string; hi: string } | null = null;
  const within = (column: string) => {
    if (!bounds) {
      bounds = { lo: `'-infinity'::timestamptz`, hi: `'infinity'::timestamptz` };
      if (period) {
        const tz = `${add(timeZone)}::text`;
        if (query.from) bounds.lo = `(${add(query.from)}::date::timestamp AT TIME ZONE ${tz})`;
        if (query.to) bounds.hi = `((${add(query.to)}::date + 1)::timestamp AT TIME ZONE ${tz})`;
      }
    }
    return `${column} >= ${bounds.lo} AND ${column} < ${bounds.hi}`;
  };

  if (query.agreementSigned !== undefined) {
    const signed = `(SELECT min(av.in_force_at) FROM agreement_version av
                      WHERE av.case_id = cf.id AND av.status IN ('in_force', 'superseded'))`;
    events.push(query.agreementSigned ? within(signed) : `${signed} IS NULL`);
  }
  if (query.activity) {
    const milestone = {
      identified: `a.status <> 'cancelled' AND ${within('a.created_at')}`,
      started: `a.status IN ('in_progress', 'done') AND ${within('COALESCE(a.started_at, a.done_at)')}`,
      done: `a.status = 'done' AND ${within('a.done_at')}`,
    }[query.activity];
    events.push(`EXISTS (SELECT 1 FROM activity a WHERE a.case_id = cf.id AND ${milestone})`);
  }
  if (query.hours) {
    events.push(`EXISTS (SELECT 1 FROM time_entry t
                          WHERE t.case_id = cf.id AND t.status = 'approved'
                            AND t.person_kind = ${add(query.hours)}
                            AND t.work_date >= ${add(query.from ?? '-infinity')}::date
                            AND t.work_date <= ${add(query.to ?? 'infinity')}::date)`);
  }
  const completedWith = (column: string) =>
    `cf.state = 'completed' AND ${within('cf.last_event_at')}
     AND EXISTS (SELECT 1 FROM case_outcome o WHERE o.case_id = cf.id AND o.${column} > 0)`;
  if (query.jobsCreated !== undefined) {
    events.push(
      query.jobsCreated ? completedWith('jobs_created') : `NOT (${completedWith('jobs_created')})`,
    );
  }
  if (query.newProducts !== undefined) {
    events.push(
      query.newProducts ? completedWith('new_products') : `NOT (${completedWith('new_products')})`,
    );
  }
  // Without an event filter, the period is when the case was opened.
  if (events.length === 0 && period) events.push(within('cf.opened_at'));
  return [...where, ...events];
}
