import { Module } from '@nestjs/common';
import { CasesModule } from '@techpact/api/cases';
import { DocumentsModule } from '@techpact/api/documents';
import { InfraMailModule } from '@techpact/api/infra-mail';
import { AgreementMailer } from './agreement-mailer';
import { AgreementTransitions } from './agreement-transitions';
import { AgreementsController } from './agreements.controller';
import { AgreementsParticipant } from './agreements.participant';
import { AgreementsService } from './agreements.service';
import { SigningController } from './signing.controller';
import { SigningService } from './signing.service';

/**
 * Technology agreements (issue 5): versioned drafts, sending for signature, online signing by
 * link or in the app, the sealed signed PDF, amendments. Takes part in case transitions.
 */
@Module({
  imports: [CasesModule, DocumentsModule, InfraMailModule],
  controllers: [AgreementsController, SigningController],
  providers: [
    AgreementsService,
    SigningService,
    AgreementTransitions,
    AgreementMailer,
    AgreementsParticipant,
  ],
  exports: [AgreementsService],
})
export class AgreementsModule {}
