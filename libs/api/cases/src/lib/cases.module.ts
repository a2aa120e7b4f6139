import { Module } from '@nestjs/common';
import { CaseEventPipe } from './case-event.pipe';
import { CaseParticipants } from './case-participants';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

/** The Cases API: cases, lifecycle events (one transaction each), timeline. */
@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseEventPipe, CaseParticipants],
  exports: [CasesService, CaseParticipants],
})
export class CasesModule {}
