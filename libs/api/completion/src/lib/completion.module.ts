import { Module } from '@nestjs/common';
import { CasesModule } from '@techpact/api/cases';
import { CaseReportController } from './case-report.controller';
import { CaseReportService } from './case-report.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomesParticipant } from './outcomes.participant';
import { OutcomesService } from './outcomes.service';

/**
 * Completion: the outcomes a case records before COMPLETE (jobs, products, investment…), the
 * follow-up assessment request and the case report.
 */
@Module({
  imports: [CasesModule],
  controllers: [OutcomesController, CaseReportController],
  providers: [OutcomesService, OutcomesParticipant, CaseReportService],
  exports: [OutcomesService, CaseReportService],
})
export class CompletionModule {}
