export { AgreementPage } from './lib/agreement-page/agreement-page';
export { SigningPage } from './lib/signing/signing-page';
export { AppSigningPage } from './lib/signing/app-signing-page';
export { PendingSignaturesCard } from './lib/pending-signatures/pending-signatures-card';
export { CaseAgreementSection } from './lib/case-agreement/case-agreement-section';
export { AgreementsApi, versionPdfUrl, type AgreementEvent } from './lib/agreements-api.service';
export { CaseAgreementVersions } from './lib/case-agreement/case-agreement-versions';
