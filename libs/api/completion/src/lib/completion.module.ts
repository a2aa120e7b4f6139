import { Module } from '@nestjs/common';
import { CasesModule } from '@techpact/api/cases';
import { OutcomesController } from './outcomes.controller';
import { OutcomesParticipant } from './outcomes.participant';
import { OutcomesService } from './outcomes.service';

/** Completion: the outcomes a case records before COMPLETE (jobs, products, investment…). */
@Module({
  imports: [CasesModule],
  controllers: [OutcomesController],
  providers: [OutcomesService, OutcomesParticipant],
  exports: [OutcomesService],
})
export class CompletionModule {}
