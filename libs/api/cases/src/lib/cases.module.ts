import { Module } from '@nestjs/common';
import { CaseEventPipe } from './case-event.pipe';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

/** The Cases API: cases, lifecycle events (one transaction each), timeline. */
@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseEventPipe],
  exports: [CasesService],
})
export class CasesModule {}
