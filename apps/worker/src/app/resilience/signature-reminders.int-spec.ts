import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AgreementMailer,
  AgreementsParticipant,
  AgreementsService,
  AgreementTransitions,
  SigningService,
} from '@techpact/api/agreements';
import { CaseParticipants, CasesService } from '@techpact/api/cases';
import { type CaseWorld, createCaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { loadPlatformCertificate, SigningCertificateService } from '@techpact/api/documents';
import { type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { MailMessage, MailService } from '@techpact/api/infra-mail';
import { addBusinessDays, weeklyNudgeSchedulerId } from '@techpact/api/reminders';
import { QueueName } from '@techpact/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type OwnRedis, startOwnRedis } from '../../testing/redis-server';
import { eventually } from '../../testing/reminder-seed';
import { type SmtpPeer, startSmtpPeer, subjectOf } from '../../testing/smtp-peer';
import { spawnWorker, type WorkerProcess } from '../../testing/worker-process';

jest.setTimeout(120_000);
const SIGNER = 'karen.holm@aars-metal.test';

interface ReminderRow {
  kind: string;
  status: string;
  dueAt: Date;
  sentAt: Date | null;
  jobId: string;
}

describe('signature reminders: sent for signature → "please sign" e-mailed once → signed', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: OwnRedis;
  let peer: SmtpPeer;
  let worker: WorkerProcess;
  let certDir: string;
  let mail: MailService;
  let world: CaseWorld;
  let cases: CasesService;
  let agreements: AgreementsService;
  let signing: SigningService;

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_signature');
    db = await new DataSource(
      dataSourceOptions(testDb.url, { entities: [MailMessage] }),
    ).initialize();
    redis = await startOwnRedis();
    peer = await startSmtpPeer();
    // The API side, wired as the agreements tests wire it, e-mailing to the same SMTP peer.
    certDir = await mkdtemp(join(tmpdir(), 'tp-reminders-'));
    await loadPlatformCertificate({ p12Path: null, passphrase: null, devDirectory: certDir });
    const config = {
      appUrl: 'https://techpact.test',
      smtpUrl: `smtp://127.0.0.1:${peer.port}`,
      mailFrom: 'TechPact <no-reply@techpact.test>',
      signing: {
        p12Path: join(certDir, 'signing', 'platform.p12'),
        passphrase: (
          await readFile(join(certDir, 'signing', 'platform.p12.passphrase'), 'utf8')
        ).trim(),
      },
    } as AppConfig;
    mail = new MailService(db, config);
    const participants = new CaseParticipants();
    const transitions = new AgreementTransitions(
      new SigningCertificateService(config),
      new AgreementMailer(mail, config),
    );
    new AgreementsParticipant(participants, transitions).onModuleInit();
    world = await createCaseWorld(db, { companiesPerMunicipality: 1 });
    cases = new CasesService(db, participants);
    agreements = new AgreementsService(db);
    signing = new SigningService(db, participants);
    // "Please sign" at once (0 days) instead of after 3 business days: the test's clock.
    await db.query(`UPDATE programme SET settings = $2 WHERE id = $1`, [
      world.programmeId,
      JSON.stringify({
        reminders: { signPlease: { due: { rule: 'after', amount: 0, unit: 'days' } } },
      }),
    ]);
    worker = spawnWorker({
      DATABASE_URL: testDb.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'tp',
      SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
    });
    await worker.ready;
  });

  afterAll(async () => {
    await worker.kill('SIGKILL');
    mail.onModuleDestroy();
    await peer.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
    await rm(certDir, { recursive: true, force: true });
  });

  const reminders = async (caseId: string) =>
    (await db.query(
      `SELECT kind, status, due_at AS "dueAt", sent_at AS "sentAt", job_id AS "jobId"
         FROM reminder WHERE case_id = $1 AND scope = 'signature' ORDER BY due_at`,
      [caseId],
    )) as ReminderRow[];
  const toSigner = () => peer.received.filter((m) => m.to[0] === SIGNER);

  it("keeps the programme's weekly hours nudge scheduled: Friday 14:00 in its time zone", async () => {
    const queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: 'tp' });
    try {
      const scheduler = await queue.getJobScheduler(weeklyNudgeSchedulerId(world.programmeId));
      expect(scheduler).toMatchObject({ pattern: '0 14 * * 5', tz: 'Europe/Copenhagen' });
      const next = new Date(scheduler?.next ?? 0);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Copenhagen',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(next);
      expect(local).toBe('Fri 14:00');
    } finally {
      await queue.close();
    }
  });

  it('schedules the three reminders, e-mails "please sign" to the contact signer once, and signing cancels the rest', async () => {
    const companyId = world.companiesA[0] ?? '';
    const caseId = await placeCaseInState(db, world.coordinatorA, companyId, 'agreement.drafting');
    const coordinator = world.coordinatorA;
    await agreements.updateDraft(coordinator, caseId, {
      title: 'Vision-guided welding cell',
      summary: 'Automate the welding of frames.',
      goals: 'Halve rework.',
    });
    await agreements.addUpgrade(coordinator, caseId, {
      title: 'Welding robot pilot',
      category: 'Automation',
      expertId: world.expert.id,
      plannedHours: 40,
      targetDate: '2026-09-30',
    });
    // A contact person of the company, without an account (no inbox): e-mail only.
    const [contact] = (await db.query(
      `INSERT INTO company_contact (company_id, name, email) VALUES ($1, 'Karen Holm', $2) RETURNING id`,
      [companyId, SIGNER],
    )) as { id: string }[];
    await agreements.setSigners(coordinator, caseId, {
      signers: [{ contactId: contact?.id ?? '' }],
    });

    await cases.transition(coordinator, caseId, { command: { type: 'SEND_FOR_SIGNATURE' } });
    const [sent] = (await db.query(
      `SELECT payload->>'occurredAt' AS "occurredAt" FROM outbox
        WHERE case_id = $1 AND kind = 'scheduleReminder' AND payload->'effect'->>'kind' = 'signNudge'`,
      [caseId],
    )) as { occurredAt: string }[];
    const occurredAt = new Date(sent?.occurredAt ?? '');
    const calendar = { timeZone: 'Europe/Copenhagen', country: 'DK' };

    await eventually(
      'three signature reminders',
      async () => (await reminders(caseId)).length === 3,
    );
    const scheduled = await reminders(caseId);
    expect(scheduled.map((r) => r.kind)).toEqual(['signPlease', 'signNudge', 'signEscalation']);
    expect(scheduled[0]?.dueAt.getTime()).toBe(occurredAt.getTime());
    expect(scheduled[1]?.dueAt.getTime()).toBe(addBusinessDays(occurredAt, 7, calendar).getTime());
    expect(scheduled[2]?.dueAt.getTime()).toBe(addBusinessDays(occurredAt, 10, calendar).getTime());

    // The signing request (from the API) and "please sign" (from the worker, when due).
    await eventually('the "please sign" e-mail', async () => toSigner().length >= 2);
    await sleep(1_500);
    const subjects = toSigner().map((m) => subjectOf(m.data));
    const pleaseSign = subjects.filter((s) => s.startsWith('Underskriv venligst aftalen'));
    expect(subjects).toHaveLength(2);
    expect(pleaseSign).toHaveLength(1);
    const fired = (await reminders(caseId))[0];
    expect(fired).toMatchObject({ kind: 'signPlease', status: 'sent' });
    expect(fired?.sentAt?.getTime()).toBeGreaterThanOrEqual(fired?.dueAt.getTime() ?? Infinity);

    const request = toSigner().find((m) => m.data.includes('/sign/'));
    const token = /\/sign\/([A-Za-z0-9_-]+)/.exec(request?.data ?? '')?.[1] ?? '';
    const view = await signing.view(token);
    await signing.signWithLink(
      token,
      { fullName: 'Karen Holm', consent: true, documentHash: view.documentHash ?? '' },
      { ip: '203.0.113.7', userAgent: 'jest' },
    );
    expect((await cases.get(coordinator, caseId)).state).toBe('agreement.awaitingCountersignature');

    await eventually('the other two cancelled', async () =>
      (await reminders(caseId)).every((r) => r.status !== 'scheduled'),
    );
    const after = await reminders(caseId);
    expect(after.map((r) => [r.kind, r.status])).toEqual([
      ['signPlease', 'sent'],
      ['signNudge', 'cancelled'],
      ['signEscalation', 'cancelled'],
    ]);
    const queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: 'tp' });
    try {
      for (const cancelled of after.slice(1)) {
        expect(await queue.getJobState(cancelled.jobId)).toBe('unknown');
      }
    } finally {
      await queue.close();
    }
    expect(
      toSigner().filter((m) => subjectOf(m.data).startsWith('Underskriv venligst')),
    ).toHaveLength(1);
  });
});
