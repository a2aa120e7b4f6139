import { Test } from '@nestjs/testing';
import { CaseParticipants } from '@techpact/api/cases';
import { type AppConfig, InfraConfigModule } from '@techpact/api/infra-config';
import { InfraDbModule } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AgreementsModule } from './agreements.module';
import { AgreementsService } from './agreements.service';
import { SigningService } from './signing.service';

describe('AgreementsModule (real PostgreSQL)', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase('agreements_module');
  });
  afterAll(() => testDb.drop());

  it('wires its services and registers the agreements participant when the module starts', async () => {
    const config = {
      databaseUrl: testDb.url,
      migrateOnStart: false,
      appUrl: 'http://techpact.test',
      smtpUrl: null,
      mailFrom: 'no-reply@techpact.test',
      signing: { p12Path: null, passphrase: null },
    } as AppConfig;
    const moduleRef = await Test.createTestingModule({
      imports: [InfraConfigModule.forRoot(config), InfraDbModule.forRoot(), AgreementsModule],
    }).compile();
    const app = await moduleRef.init();
    try {
      expect(app.get(AgreementsService)).toBeInstanceOf(AgreementsService);
      expect(app.get(SigningService)).toBeInstanceOf(SigningService);
      expect(
        app
          .get(CaseParticipants)
          .all()
          .map((p) => p.name),
      ).toContain('agreements');
    } finally {
      await app.close();
    }
  });
});
