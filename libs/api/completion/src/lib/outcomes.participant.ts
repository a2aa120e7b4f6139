import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type CaseParticipant, CaseParticipants } from '@techpact/api/cases';
import { OutcomeRepository } from './outcome.repository';

/** Gives COMPLETE its `outcomesRecorded` fact. */
@Injectable()
export class OutcomesParticipant implements CaseParticipant, OnModuleInit {
  readonly name = 'outcomes';

  readonly facts: CaseParticipant['facts'] = {
    COMPLETE: async ({ manager, caseRow }) => ({
      outcomesRecorded: await new OutcomeRepository(manager).exists(caseRow.id),
    }),
  };

  constructor(private readonly participants: CaseParticipants) {}

  onModuleInit(): void {
    this.participants.register(this);
  }
}
