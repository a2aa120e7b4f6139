import {
  type ActiveCaseStateValue,
  type CaseStateValue,
  applyEvent,
  persist,
  sampleEventsTo,
  stateValueOf,
} from '@techpact/lifecycle';
import { type DataSource } from 'typeorm';
import { openCase, restoreSnapshot } from '../lib/case-transition';
import { type UserActor } from './case-world';

/**
 * Opens a case for `companyId` and puts it straight into `state` with the machine's sample
 * events (facts that pass every guard), for tests of features that start from a case in some
 * state. It writes the snapshot without audit events: tests of the transitions themselves must
 * drive the case with `applyCaseEvent` instead.
 */
export async function placeCaseInState(
  db: DataSource,
  actor: UserActor,
  companyId: string,
  state: CaseStateValue,
  from?: ActiveCaseStateValue,
): Promise<string> {
  const caseId = await db.transaction((manager) => openCase(manager, actor, { companyId }));
  const [row] = (await db.query(`SELECT snapshot FROM case_file WHERE id = $1`, [caseId])) as {
    snapshot: unknown;
  }[];
  if (!row) throw new Error(`Case ${caseId} was not created`);
  let snapshot = restoreSnapshot(caseId, row.snapshot);
  for (const event of sampleEventsTo(state, from)) {
    snapshot = applyEvent(snapshot, event).snapshot;
  }
  const persisted = persist(snapshot);
  await db.query(
    `UPDATE case_file SET snapshot = $2, state = $3, machine_version = $4 WHERE id = $1`,
    [caseId, JSON.stringify(persisted), stateValueOf(snapshot), persisted.machineVersion],
  );
  return caseId;
}
