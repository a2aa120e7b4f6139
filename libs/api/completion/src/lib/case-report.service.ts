import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseActor, CaseRepository, recordCaseAudit } from '@techpact/api/cases';
import { type FollowUpRequestResponse, type RefSummary } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { caseReportPdf } from './case-report.pdf';
import { CaseReportRepository } from './case-report.repository';
import { OutcomeErrors } from './outcome.errors';
import { OutcomeRepository } from './outcome.repository';

export interface CaseReportFile {
  filename: string;
  content: Buffer;
}

/** The case report of a completed case, and the request for its follow-up (T1) assessment. */
@Injectable()
export class CaseReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Readable by whoever may read the case. */
  async pdf(actor: CaseActor, caseId: string): Promise<CaseReportFile> {
    const found = await new CaseRepository(this.db.manager).findInScope(actor, caseId);
    if (!found) throw OutcomeErrors.caseNotFound();
    if (found.state !== 'completed') throw OutcomeErrors.reportNotReady(found.state);
    const data = await new CaseReportRepository(this.db.manager).load(caseId);
    if (!data) throw OutcomeErrors.caseNotFound();
    const outcomes = await new OutcomeRepository(this.db.manager).find(caseId);
    const content = await caseReportPdf({ ...data, state: found.state }, outcomes);
    const slug = data.company.name
      .replace(/[^\w-]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return { filename: `case-report-${slug || caseId}.pdf`, content };
  }

  /**
   * Notifies the case's experts (in-app, and by e-mail through the worker) that the coordinator
   * asks for the T1 assessment; on the case's timeline. Under the case lock, so a transition out
   * of completion cannot slip in between.
   */
  async requestFollowUp(actor: CaseActor, caseId: string): Promise<FollowUpRequestResponse> {
    if (actor.role !== 'admin' && actor.role !== 'coordinator') {
      throw OutcomeErrors.followUpNotCoordinator();
    }
    const notified = await this.db.transaction(async (manager) => {
      const locked = await new CaseRepository(manager).lockInScope(actor, caseId);
      if (!locked) throw OutcomeErrors.caseNotFound();
      if (locked.state !== 'completion') throw OutcomeErrors.followUpWrongState(locked.state);
      const experts = (await manager.query(
        `SELECT u.id, u.name FROM case_expert ce JOIN app_user u ON u.id = ce.expert_id
          WHERE ce.case_id = $1 AND u.active ORDER BY u.name, u.id`,
        [caseId],
      )) as RefSummary[];
      if (experts.length === 0) throw OutcomeErrors.noExperts();
      const [company] = (await manager.query(`SELECT name FROM company WHERE id = $1`, [
        locked.companyId,
      ])) as { name: string }[];
      const name = company?.name ?? 'the company';
      await manager.query(
        `INSERT INTO notification (user_id, case_id, kind, title, body, link)
         SELECT unnest($1::uuid[]), $2, 'followUpRequested', $3, $4, $5`,
        [
          experts.map((expert) => expert.id),
          caseId,
          `Follow-up assessment requested: ${name}`,
          `The coordinator asks you to carry out the follow-up (T1) technology assessment of ${name} before the case is completed.`,
          `/cases/${caseId}`,
        ],
      );
      await recordCaseAudit(manager, actor, caseId, 'FOLLOW_UP_REQUESTED', {
        expertIds: experts.map((expert) => expert.id),
      });
      return experts;
    });
    return { caseId, notified };
  }
}
