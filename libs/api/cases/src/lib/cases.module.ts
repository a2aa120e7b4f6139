import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventPipe } from './case-event.pipe';
import { CaseParticipants } from './case-participants';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { SavedCaseViewEntity } from './saved-views/saved-case-view.entity';
import { SavedViewsController } from './saved-views/saved-views.controller';
import { SavedViewsService } from './saved-views/saved-views.service';

/** The Cases API: cases, lifecycle events (one transaction each), timeline, saved list views. */
@Module({
  imports: [TypeOrmModule.forFeature([SavedCaseViewEntity])],
  // Saved views first: `GET /cases/views` must not reach `GET /cases/:id`.
  controllers: [SavedViewsController, CasesController],
  providers: [CasesService, CaseEventPipe, CaseParticipants, SavedViewsService],
  exports: [CasesService, CaseParticipants],
})
export class CasesModule {}
