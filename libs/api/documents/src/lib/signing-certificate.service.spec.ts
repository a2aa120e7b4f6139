import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { InfraConfigModule, loadConfig } from '@techpact/api/infra-config';
import { DocumentsModule } from './documents.module';
import { loadPlatformCertificate } from './platform-certificate';
import { SigningCertificateService } from './signing-certificate.service';

// node-forge's pure-JS RSA is ~20x slower inside Jest's VM context than in plain Node.
jest.setTimeout(30_000);

describe('SigningCertificateService', () => {
  let dir: string;
  let p12Path: string;
  let passphrase: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signing-service-'));
    const generated = await loadPlatformCertificate({
      p12Path: null,
      passphrase: null,
      devDirectory: dir,
    });
    p12Path = join(dir, 'configured.p12');
    passphrase = generated.passphrase;
    await writeFile(p12Path, generated.p12);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const boot = (signingPassphrase: string) => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
        SESSION_SECRET: 'x'.repeat(40),
        SIGNING_P12_PATH: p12Path,
        SIGNING_P12_PASSPHRASE: signingPassphrase,
      },
      dir,
    );
    return Test.createTestingModule({
      imports: [InfraConfigModule.forRoot(config), DocumentsModule],
    }).compile();
  };

  it('serves the configured certificate, loaded once', async () => {
    const app = await boot(passphrase);
    await app.init();
    const service = app.get(SigningCertificateService);
    const first = await service.certificate();
    expect(first.subject).toBe('CN=TechPact development signing, O=TechPact');
    expect(await service.certificate()).toBe(first);
    await app.close();
  });

  it('stops the start-up when the configured passphrase is wrong', async () => {
    const app = await boot('wrong');
    await expect(app.init()).rejects.toThrow(
      /^SIGNING_P12_PASSPHRASE does not open SIGNING_P12_PATH/,
    );
  });
});
