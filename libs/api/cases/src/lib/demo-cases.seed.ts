import {
  type ActiveCaseStateValue,
  type CaseStateValue,
  ROLE_BY_EVENT,
  sampleEventsTo,
} from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { type CaseActor, type CaseCommand } from './case-command';
import { applyCaseEvent, openCase } from './case-transition';

/** A state a demo case is driven to, and for on hold / withdrawn, the state it left. */
export interface DemoCaseTarget {
  readonly state: CaseStateValue;
  readonly from?: ActiveCaseStateValue;
}

/**
 * The states reachable today with real facts (the main path beyond the assessment needs scores,
 * agreements and outcomes from later features), cycled over the programme's companies by name.
 * The last company of each municipality is left without a case, so every coordinator can show
 * opening one.
 */
export const DEMO_CASE_PLAN: readonly DemoCaseTarget[] = [
  { state: 'assessment.inProgress' },
  { state: 'intake' },
  { state: 'assessment.scheduled' },
  { state: 'onHold', from: 'assessment.inProgress' },
  { state: 'withdrawn', from: 'assessment.scheduled' },
  { state: 'assessment.inProgress' },
  { state: 'assessment.scheduled' },
  { state: 'onHold', from: 'intake' },
  { state: 'withdrawn', from: 'intake' },
];

export interface DemoCasesResult {
  readonly cases: number;
  readonly byState: Readonly<Partial<Record<CaseStateValue, number>>>;
}

interface SeedPeople {
  admin: CaseActor | null;
  coordinators: { id: string; municipalityId: string }[];
  experts: string[];
}

async function loadPeople(manager: EntityManager, programmeId: string): Promise<SeedPeople> {
  const users = (await manager.query(
    `SELECT u.id, u.role, cm.municipality_id AS "municipalityId"
       FROM app_user u LEFT JOIN coordinator_municipality cm ON cm.user_id = u.id
      WHERE u.programme_id = $1 AND u.active AND u.role IN ('admin', 'coordinator', 'expert')
      ORDER BY u.email, cm.municipality_id`,
    [programmeId],
  )) as { id: string; role: 'admin' | 'coordinator' | 'expert'; municipalityId: string | null }[];
  const adminRow = users.find((user) => user.role === 'admin');
  return {
    admin: adminRow
      ? { id: adminRow.id, role: 'admin', programmeId, municipalityIds: [], companyId: null }
      : null,
    coordinators: users.flatMap((user) =>
      user.role === 'coordinator' && user.municipalityId
        ? [{ id: user.id, municipalityId: user.municipalityId }]
        : [],
    ),
    experts: [...new Set(users.filter((user) => user.role === 'expert').map((user) => user.id))],
  };
}

function commandFor(
  type: CaseCommand['type'],
  expertId: string,
  date: string,
  target: DemoCaseTarget,
): CaseCommand {
  switch (type) {
    case 'SCHEDULE_ASSESSMENT':
      return { type, expertId, date };
    case 'PAUSE':
      return { type, reason: 'The company is moving production to a new hall; back in spring.' };
    case 'WITHDRAW':
      return {
        type,
        reason:
          target.from === 'intake'
            ? 'The company decided not to take part this year.'
            : 'The company was sold and the new owners have other plans.',
      };
    case 'START_ASSESSMENT':
    case 'SUBMIT_ASSESSMENT':
    case 'SEND_FOR_SIGNATURE':
    case 'SIGN':
    case 'DECLINE':
    case 'RECALL':
    case 'COUNTERSIGN':
    case 'AMEND_AGREEMENT':
    case 'BEGIN_COMPLETION':
    case 'COMPLETE':
    case 'REOPEN':
    case 'RESUME':
      // The plan only walks as far as facts exist today (see DEMO_CASE_PLAN).
      if (type !== 'START_ASSESSMENT') throw new Error(`The demo seed cannot send ${type} yet`);
      return { type };
  }
}

/**
 * Opens demo cases for the programme's companies and drives them, through the same transition
 * code as the API (real audit events and outbox rows), to the states of `plan`. Call it inside
 * the demo seed's transaction after the users and companies exist. A programme that has cases
 * already is left alone, so running it twice adds nothing.
 */
export async function seedDemoCases(
  manager: EntityManager,
  options: { readonly programmeId: string; readonly plan?: readonly DemoCaseTarget[] },
): Promise<DemoCasesResult> {
  const plan = options.plan ?? DEMO_CASE_PLAN;
  const existing = (await manager.query(`SELECT 1 FROM case_file WHERE programme_id = $1 LIMIT 1`, [
    options.programmeId,
  ])) as unknown[];
  if (existing.length > 0) return { cases: 0, byState: {} };
  const people = await loadPeople(manager, options.programmeId);
  // Every company but the last (by name) of its municipality.
  const companies = (await manager.query(
    `SELECT id, "municipalityId" FROM (
       SELECT c.id, c.name, c.municipality_id AS "municipalityId",
              row_number() OVER (PARTITION BY c.municipality_id ORDER BY c.name DESC, c.id DESC) AS from_last
         FROM company c WHERE c.programme_id = $1) ranked
      WHERE from_last > 1
      ORDER BY name, id`,
    [options.programmeId],
  )) as { id: string; municipalityId: string }[];
  const byState: Partial<Record<CaseStateValue, number>> = {};
  let cases = 0;

  for (const [index, company] of companies.entries()) {
    const target = plan[index % plan.length];
    if (!target) continue;
    const coordinatorRow = people.coordinators.find(
      (candidate) => candidate.municipalityId === company.municipalityId,
    );
    const coordinator: CaseActor | null = coordinatorRow
      ? {
          id: coordinatorRow.id,
          role: 'coordinator',
          programmeId: options.programmeId,
          municipalityIds: [company.municipalityId],
          companyId: null,
        }
      : people.admin;
    if (!coordinator) throw new Error('The demo cases need a coordinator or an admin user');
    const expertId = people.experts[index % Math.max(people.experts.length, 1)];
    const expert: CaseActor | null = expertId
      ? {
          id: expertId,
          role: 'expert',
          programmeId: options.programmeId,
          municipalityIds: [],
          companyId: null,
        }
      : null;

    const caseId = await openCase(manager, coordinator, { companyId: company.id });
    for (const [step, event] of sampleEventsTo(target.state, target.from).entries()) {
      const actor = ROLE_BY_EVENT[event.type] === 'expert' ? expert : coordinator;
      if (!actor || (event.type === 'SCHEDULE_ASSESSMENT' && !expertId)) {
        throw new Error(`The demo cases need an expert user for ${event.type}`);
      }
      const date = new Date(Date.UTC(2026, 11, 1 + ((index + step) % 20)))
        .toISOString()
        .slice(0, 10);
      await applyCaseEvent(manager, actor, caseId, {
        command: commandFor(event.type, expertId ?? '', date, target),
      });
    }
    cases += 1;
    byState[target.state] = (byState[target.state] ?? 0) + 1;
  }
  return { cases, byState };
}
