import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseActor, CaseRepository, recordCaseAudit } from '@techpact/api/cases';
import { type CaseOutcomesResponse, type RecordOutcomesRequest } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { OutcomeErrors } from './outcome.errors';
import { OutcomeRepository } from './outcome.repository';

const EDIT_STATE = 'completion';

function mayRecord(actor: CaseActor): boolean {
  return actor.role === 'admin' || actor.role === 'coordinator';
}

/** The outcomes of a case: read in scope; recorded by its coordinator while in completion. */
@Injectable()
export class OutcomesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(actor: CaseActor, caseId: string): Promise<CaseOutcomesResponse> {
    const found = await new CaseRepository(this.db.manager).findInScope(actor, caseId);
    if (!found) throw OutcomeErrors.caseNotFound();
    return {
      caseId,
      outcomes: await new OutcomeRepository(this.db.manager).find(caseId),
      canEdit: mayRecord(actor) && found.state === EDIT_STATE,
    };
  }

  /**
   * Records (or corrects) the outcomes under the case's row lock, so that a COMPLETE racing it
   * sees either no outcomes or all of them; the change is on the case's timeline.
   */
  async record(
    actor: CaseActor,
    caseId: string,
    values: RecordOutcomesRequest,
  ): Promise<CaseOutcomesResponse> {
    if (!mayRecord(actor)) throw OutcomeErrors.notCoordinator();
    await this.db.transaction(async (manager) => {
      const locked = await new CaseRepository(manager).lockInScope(actor, caseId);
      if (!locked) throw OutcomeErrors.caseNotFound();
      if (locked.state !== EDIT_STATE) throw OutcomeErrors.wrongState(locked.state);
      await new OutcomeRepository(manager).upsert(caseId, values, actor.id);
      await recordCaseAudit(manager, actor, caseId, 'OUTCOMES_RECORDED', { ...values });
    });
    return this.get(actor, caseId);
  }
}
