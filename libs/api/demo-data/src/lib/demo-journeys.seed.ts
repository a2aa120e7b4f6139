import { writeDemoBaseline } from '@techpact/api/assessments';
import {
  type AfterCommit,
  type CaseActor,
  type CaseCommand,
  type CaseParticipant,
  applyCaseEvent,
  openCase,
} from '@techpact/api/cases';
import { OutcomeRepository } from '@techpact/api/completion';
import { type CaseStateValue } from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { demoCvr } from './demo-cvr';
import { type MunicipalityKey } from './demo-fixtures';
import { DEMO_JOURNEYS, type DemoJourney } from './demo-journeys.fixtures';

/** Where each journey stops: the main path up to its state (on hold / withdrawn from `from`). */
const MAIN_PATH: readonly CaseStateValue[] = [
  'agreement.drafting',
  'agreement.awaitingSignature',
  'agreement.awaitingCountersignature',
  'implementation',
  'completion',
  'completed',
];

export interface DemoJourneyPeople {
  readonly programmeId: string;
  readonly municipality: (key: MunicipalityKey) => string;
  /** The coordinator of each municipality. */
  readonly coordinatorOf: (municipalityId: string) => string;
  readonly experts: readonly string[];
}

function reach(journey: DemoJourney, state: CaseStateValue): boolean {
  const last = journey.from ?? journey.state;
  return MAIN_PATH.indexOf(last) >= MAIN_PATH.indexOf(state);
}

/**
 * Companies whose cases go past the assessment (DEMO_JOURNEYS), driven through the same
 * transition code and participants as the API: the agreement is drafted, sent (a frozen PDF and
 * signing links), signed with evidence, countersigned (a PAdES-signed PDF and activities), and
 * completed with outcomes. Returns the participants' after-commit work (the signing e-mails, so
 * the development mailbox holds working links) for the caller to run once the seed commits.
 */
export async function seedDemoJourneys(
  manager: EntityManager,
  people: DemoJourneyPeople,
  participants: readonly CaseParticipant[],
): Promise<{ cases: number; afterCommit: AfterCommit[] }> {
  const afterCommit: AfterCommit[] = [];
  for (const [n, journey] of DEMO_JOURNEYS.entries()) {
    const municipalityId = people.municipality(journey.municipality);
    const [{ id: companyId }] = (await manager.query(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number, country, employees,
                            sector_code, turnover_band, address_line, postal_code, city)
       VALUES ($1, $2, $3, $4, 'DK', $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        people.programmeId,
        municipalityId,
        journey.company,
        demoCvr(100 + n),
        journey.employees,
        journey.sector,
        journey.employees > 50 ? 'upTo50m' : 'upTo10m',
        `Industrivej ${n + 3}`,
        journey.postalCode,
        journey.city,
      ],
    )) as [{ id: string }];
    const [{ id: contactId }] = (await manager.query(
      `INSERT INTO company_contact (company_id, name, role, email) VALUES ($1, $2, 'Managing director', $3) RETURNING id`,
      [companyId, journey.contact.name, journey.contact.email],
    )) as [{ id: string }];

    const coordinator: CaseActor = {
      id: people.coordinatorOf(municipalityId),
      role: 'coordinator',
      programmeId: people.programmeId,
      municipalityIds: [municipalityId],
      companyId: null,
    };
    const expertId = people.experts[n % people.experts.length] ?? '';
    const expert: CaseActor = { ...coordinator, id: expertId, role: 'expert', municipalityIds: [] };
    const signer: CaseActor = {
      ...coordinator,
      id: null,
      role: 'sme',
      municipalityIds: [],
      companyId,
    };
    const caseId = await openCase(manager, coordinator, { companyId });
    const send = async (actor: CaseActor, command: CaseCommand) => {
      const applied = await applyCaseEvent(manager, actor, caseId, { command }, participants);
      afterCommit.push(...applied.afterCommit);
    };

    await send(coordinator, { type: 'SCHEDULE_ASSESSMENT', expertId, date: '2026-09-01' });
    await send(expert, { type: 'START_ASSESSMENT' });
    await writeDemoBaseline(manager, caseId, expertId, people.programmeId, n);
    await send(expert, { type: 'SUBMIT_ASSESSMENT' });
    const versionId = await fillDraft(manager, caseId, journey, expertId, contactId, n);
    if (reach(journey, 'agreement.awaitingSignature')) {
      await send(coordinator, { type: 'SEND_FOR_SIGNATURE' });
    }
    if (reach(journey, 'agreement.awaitingCountersignature')) {
      const versionHash = await signWithEvidence(manager, versionId);
      await send(signer, { type: 'SIGN', versionHash });
    }
    if (reach(journey, 'implementation')) {
      await send(coordinator, { type: 'COUNTERSIGN' });
      await startFirstActivity(manager, caseId);
    }
    if (reach(journey, 'completion')) {
      await manager.query(
        `UPDATE activity SET status = 'done', started_at = coalesce(started_at, now()), done_at = now(),
                outcome_notes = 'Delivered and handed over to the production team.'
          WHERE case_id = $1`,
        [caseId],
      );
      await send(coordinator, { type: 'BEGIN_COMPLETION' });
      await new OutcomeRepository(manager).upsert(
        caseId,
        {
          jobsCreated: n % 3,
          newProducts: n % 2,
          newProcesses: 1 + (n % 2),
          privateInvestmentDkk: 150_000 + n * 35_000,
          turnoverEffect: n % 2 ? '5To15Percent' : 'upTo5Percent',
          closingSummary: 'The new equipment runs in daily production; staff trained.',
        },
        coordinator.id,
      );
    }
    if (journey.state === 'completed') await send(coordinator, { type: 'COMPLETE' });
    if (journey.state === 'onHold') {
      await send(coordinator, { type: 'PAUSE', reason: 'Waiting for the new hall to be ready.' });
    }
    if (journey.state === 'withdrawn') {
      await send(coordinator, {
        type: 'WITHDRAW',
        reason: 'The company was sold; the new owners chose another programme.',
      });
    }
  }
  return { cases: DEMO_JOURNEYS.length, afterCommit };
}

/** Content of the draft that SUBMIT_ASSESSMENT opened: text, upgrades, the contact as signer. */
async function fillDraft(
  manager: EntityManager,
  caseId: string,
  journey: DemoJourney,
  expertId: string,
  contactId: string,
  n: number,
): Promise<string> {
  // As CTEs so that the driver answers rows (a bare UPDATE … RETURNING answers [rows, count]).
  const [draft] = (await manager.query(
    `WITH filled AS (
       UPDATE agreement_version SET title = $2, summary = $3, goals = $4, updated_at = now()
        WHERE case_id = $1 AND status = 'draft' RETURNING id)
     SELECT id FROM filled`,
    [
      caseId,
      `${journey.upgrades[0]?.[0] ?? 'Technology'} at ${journey.company}`,
      'The company and the programme agree on the upgrades below, carried out with the university expert.',
      'Shorter lead times, fewer defects and less energy per unit produced.',
    ],
  )) as { id: string }[];
  if (!draft) throw new Error(`The demo case of ${journey.company} has no agreement draft`);
  for (const [position, [title, category, hours]] of journey.upgrades.entries()) {
    await manager.query(
      `INSERT INTO agreement_upgrade (version_id, position, title, description, category, expert_id, planned_hours, target_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, (now() + make_interval(days => $8))::date)`,
      [
        draft.id,
        position,
        title,
        `${title}: specification, installation and training.`,
        category,
        expertId,
        hours,
        45 + 30 * position + n,
      ],
    );
  }
  await manager.query(
    `INSERT INTO agreement_signer (version_id, contact_id, name, email, language)
     SELECT $1, id, name, email, 'da' FROM company_contact WHERE id = $2`,
    [draft.id, contactId],
  );
  return draft.id;
}

/** What the signing page records when the contact signs (DESIGN §5); returns the signed hash. */
async function signWithEvidence(manager: EntityManager, versionId: string): Promise<string> {
  const [row] = (await manager.query(
    `WITH signed AS (
       UPDATE agreement_signer s
          SET signed_at = now(), signed_name = s.name, signed_ip = '192.0.2.44',
              signed_user_agent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)',
              signed_hash = v.document_hash, link_status = 'used'
         FROM agreement_version v
        WHERE v.id = s.version_id AND s.version_id = $1
        RETURNING v.document_hash AS hash)
     SELECT hash FROM signed`,
    [versionId],
  )) as { hash: string }[];
  if (!row) throw new Error(`Agreement version ${versionId} has no signer`);
  return row.hash;
}

async function startFirstActivity(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE activity SET status = 'in_progress', started_at = now()
      WHERE id = (SELECT id FROM activity WHERE case_id = $1 ORDER BY created_at, id LIMIT 1)`,
    [caseId],
  );
}
