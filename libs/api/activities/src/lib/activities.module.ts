import { Module } from '@nestjs/common';
import { CasesModule } from '@techpact/api/cases';
import { ActivitiesController } from './activities.controller';
import { ActivitiesParticipant } from './activities.participant';
import { ActivitiesService } from './activities.service';

/** Innovation activities: one per agreed upgrade of the agreement in force. */
@Module({
  imports: [CasesModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesService, ActivitiesParticipant],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
