import { Module } from '@nestjs/common';
import { SigningCertificateService } from './signing-certificate.service';

/** Provides the platform signing certificate; the PDF builders are plain functions. */
@Module({
  providers: [SigningCertificateService],
  exports: [SigningCertificateService],
})
export class DocumentsModule {}
