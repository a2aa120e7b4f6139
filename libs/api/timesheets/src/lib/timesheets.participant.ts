import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type CaseParticipant, CaseParticipants } from '@techpact/api/cases';

/** Gives COMPLETE its `unapprovedTimeEntries` fact (draft, submitted or rejected entries). */
@Injectable()
export class TimesheetsParticipant implements CaseParticipant, OnModuleInit {
  readonly name = 'timesheets';

  readonly facts: CaseParticipant['facts'] = {
    COMPLETE: async ({ manager, caseRow }) => {
      const [row] = (await manager.query(
        `SELECT count(*)::int AS n FROM time_entry WHERE case_id = $1 AND status <> 'approved'`,
        [caseRow.id],
      )) as { n: number }[];
      return { unapprovedTimeEntries: row?.n ?? 0 };
    },
  };

  constructor(private readonly participants: CaseParticipants) {}

  onModuleInit(): void {
    this.participants.register(this);
  }
}
