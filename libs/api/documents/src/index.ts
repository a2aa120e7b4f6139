export * from './lib/agreement-pdf';
export * from './lib/documents.module';
export { type DocumentLanguage } from './lib/document-format';
export * from './lib/platform-certificate';
export * from './lib/sha256';
export * from './lib/signed-agreement-pdf';
export * from './lib/signing-certificate.service';
// Layout helper for other renderers (e.g. the case report); not a stable public API.
export * from './lib/pdf-writer';
