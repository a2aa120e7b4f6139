import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseParticipants, CasesService } from '@techpact/api/cases';
import {
  type CaseWorld,
  createCaseWorld,
  placeCaseInState,
  type UserActor,
} from '@techpact/api/cases/testing';
import { loadPlatformCertificate, SigningCertificateService } from '@techpact/api/documents';
import { type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { MailMessage, MailService } from '@techpact/api/infra-mail';
import { DataSource } from 'typeorm';
import { AgreementMailer } from '../lib/agreement-mailer';
import { AgreementTransitions } from '../lib/agreement-transitions';
import { AgreementsParticipant } from '../lib/agreements.participant';
import { AgreementsService } from '../lib/agreements.service';
import { SigningService } from '../lib/signing.service';
import { type SmtpPeer, startSmtpPeer } from './smtp-peer';

export const TEST_APP_URL = 'http://techpact.test';

/** The agreements feature wired as the app wires it, on a throwaway database and a real SMTP peer. */
export interface AgreementWorld extends CaseWorld {
  db: DataSource;
  peer: SmtpPeer;
  cases: CasesService;
  agreements: AgreementsService;
  signing: SigningService;
  close(): Promise<void>;
}

export async function createAgreementWorld(label: string): Promise<AgreementWorld> {
  const testDb: TestDatabase = await createTestDatabase(label);
  const db = await new DataSource(
    dataSourceOptions(testDb.url, { entities: [MailMessage] }),
  ).initialize();
  const peer = await startSmtpPeer();
  // A development certificate in a temporary directory, then used as a configured PKCS#12.
  const certDir = await mkdtemp(join(tmpdir(), 'tp-agreements-'));
  await loadPlatformCertificate({ p12Path: null, passphrase: null, devDirectory: certDir });
  const config = {
    appUrl: TEST_APP_URL,
    smtpUrl: peer.url,
    mailFrom: 'TechPact <no-reply@techpact.test>',
    signing: {
      p12Path: join(certDir, 'signing', 'platform.p12'),
      passphrase: (
        await readFile(join(certDir, 'signing', 'platform.p12.passphrase'), 'utf8')
      ).trim(),
    },
  } as AppConfig;
  const mail = new MailService(db, config);
  const participants = new CaseParticipants();
  const transitions = new AgreementTransitions(
    new SigningCertificateService(config),
    new AgreementMailer(mail, config),
  );
  new AgreementsParticipant(participants, transitions).onModuleInit();
  const world = await createCaseWorld(db, { companiesPerMunicipality: 12 });
  return {
    ...world,
    db,
    peer,
    cases: new CasesService(db, participants),
    agreements: new AgreementsService(db),
    signing: new SigningService(db, participants),
    close: async () => {
      mail.onModuleDestroy();
      await peer.close();
      await db.destroy();
      await testDb.drop();
      await rm(certDir, { recursive: true, force: true });
    },
  };
}

async function insertId(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await db.query(sql, params)) as { id: string }[];
  if (!row) throw new Error(`No row from ${sql}`);
  return row.id;
}

/** A contact person of the company (no account). */
export function addContact(db: DataSource, companyId: string, name: string, email: string) {
  return insertId(
    db,
    `INSERT INTO company_contact (company_id, name, email) VALUES ($1, $2, $3) RETURNING id`,
    [companyId, name, email],
  );
}

/** An SME user of the company (an account), as the signing service sees a signed-in user. */
export async function addSmeUser(
  world: AgreementWorld,
  companyId: string,
  name: string,
  email: string,
  language: 'en' | 'da' = 'en',
): Promise<UserActor & { email: string }> {
  const id = await insertId(
    world.db,
    `INSERT INTO app_user (programme_id, email, name, role, company_id, language)
     VALUES ($1, $2, $3, 'sme', $4, $5) RETURNING id`,
    [world.programmeId, email, name, companyId, language],
  );
  return { id, role: 'sme', programmeId: world.programmeId, municipalityIds: [], companyId, email };
}

export interface DraftedCase {
  caseId: string;
  companyId: string;
}

let nextCompany = 0;

/**
 * A case in agreement.drafting with a draft of two complete upgrades (experts `expert` and
 * `expert2`) and the given contacts as signers (created as contact people of the company).
 */
export async function draftedCase(
  world: AgreementWorld,
  signers: readonly { name: string; email: string }[],
): Promise<DraftedCase> {
  const companyId = world.companiesA[nextCompany] ?? '';
  nextCompany += 1;
  const caseId = await placeCaseInState(
    world.db,
    world.coordinatorA,
    companyId,
    'agreement.drafting',
  );
  const coordinator = world.coordinatorA;
  await world.agreements.updateDraft(coordinator, caseId, {
    title: 'Vision-guided welding cell',
    summary: 'Automate the welding of frames and measure quality inline.',
    goals: 'Halve rework; two operators retrained.',
  });
  await world.agreements.addUpgrade(coordinator, caseId, {
    title: 'Welding robot pilot',
    description: 'Trial a cobot welding cell on the frame line.',
    category: 'Automation',
    expertId: world.expert.id,
    plannedHours: 40,
    targetDate: '2026-09-30',
  });
  await world.agreements.addUpgrade(coordinator, caseId, {
    title: 'Inline quality data',
    category: 'Data',
    expertId: world.expert2.id,
    plannedHours: 24.5,
    targetDate: '2026-11-15',
  });
  const contactIds: string[] = [];
  for (const signer of signers)
    contactIds.push(await addContact(world.db, companyId, signer.name, signer.email));
  await world.agreements.setSigners(coordinator, caseId, {
    signers: contactIds.map((contactId) => ({ contactId })),
  });
  return { caseId, companyId };
}
