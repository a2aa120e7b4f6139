import { Module } from '@nestjs/common';
import { AssessmentDimensionsService } from './assessment-dimensions.service';
import { AssessmentKindPipe } from './assessment-kind.pipe';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

/** Technology assessments (T0, T1), their dimensions and the upgrade suggestions. */
@Module({
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentDimensionsService, AssessmentKindPipe],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
