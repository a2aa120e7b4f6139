import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { loadPlatformCertificate, type PlatformCertificate } from './platform-certificate';

/** The platform certificate that seals signed agreements, loaded once per process. */
@Injectable()
export class SigningCertificateService implements OnModuleInit {
  private loading: Promise<PlatformCertificate> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A configured certificate is opened at start-up, so a wrong passphrase stops the boot. */
  async onModuleInit(): Promise<void> {
    if (this.config.signing.p12Path !== null) await this.certificate();
  }

  certificate(): Promise<PlatformCertificate> {
    this.loading ??= loadPlatformCertificate({
      ...this.config.signing,
      devDirectory: join(process.cwd(), '.data'),
    }).catch((error: unknown) => {
      // Let the next call try again (e.g. after the file was fixed) rather than cache a failure.
      this.loading = null;
      throw error;
    });
    return this.loading;
  }
}
