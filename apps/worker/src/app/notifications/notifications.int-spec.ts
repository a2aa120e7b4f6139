import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { NotificationMailer } from '@techpact/api/notifications';
import { ReminderRelay } from '@techpact/api/reminders';
import { type CaseEffect } from '@techpact/lifecycle';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { type SmtpPeer, startSmtpPeer, subjectOf } from '../../testing/smtp-peer';
import { WorkerModule } from '../worker.module';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// Two workers deliver through real services; on a busy machine that takes seconds, not ms.
jest.setTimeout(30_000);
const APP_URL = 'https://techpact.test';

interface NotificationRow {
  id: string;
  userId: string;
  outboxId: string | null;
  kind: string;
  emailStatus: string;
}

describe('notifications in the worker (PostgreSQL, Redis and a real SMTP peer)', () => {
  const prefix = `test-notify-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  const workers: INestApplicationContext[] = [];
  let testDb: TestDatabase;
  let db: DataSource;
  let peer: SmtpPeer;
  const users = { coordinator: '', expertEn: '', expertDa: '' };
  let programmeId = '';
  let municipalityId = '';
  let seq = 0;

  const one = async (sql: string, params: unknown[]) => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row from ${sql}`);
    return row.id;
  };
  const user = (role: string, name: string, language: string, companyId: string | null = null) =>
    one(
      `INSERT INTO app_user (programme_id, email, name, role, language, company_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        programmeId,
        `${name.toLowerCase()}.${randomBytes(3).toString('hex')}@test.techpact.dk`,
        name,
        role,
        language,
        companyId,
      ],
    );

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_notifications');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    peer = await startSmtpPeer();
    programmeId = await one(`INSERT INTO programme (name) VALUES ('N') RETURNING id`, []);
    municipalityId = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'M') RETURNING id`,
      [programmeId],
    );
    users.coordinator = await user('coordinator', 'Carla', 'da');
    users.expertEn = await user('expert', 'Evan', 'en');
    users.expertDa = await user('expert', 'Ebbe', 'da');

    // Two workers at once, as when scaled out: both relay the outbox and process the queues.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SESSION_SECRET: 'x'.repeat(32),
      SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
      MAIL_FROM: 'TechPact <no-reply@techpact.test>',
      APP_URL,
      LOG_LEVEL: 'warn',
    });
    for (let i = 0; i < 2; i++) {
      workers.push(
        await NestFactory.createApplicationContext(
          WorkerModule.forRoot(config, pino({ level: 'silent' })),
          { logger: false },
        ),
      );
    }
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await db.destroy();
    await testDb.drop();
    await peer.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  /** A case of a new company with one SME user; its experts are both experts. */
  async function seedCase(state: string, smeLanguage = 'en') {
    seq += 1;
    const companyName = `Smedje ${seq} ApS`;
    const companyId = await one(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [programmeId, municipalityId, companyName, String(20_000_000 + seq)],
    );
    const smeId = await user('sme', `Sme${seq}`, smeLanguage, companyId);
    const caseId = await one(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, '{}', 1, 3) RETURNING id`,
      [programmeId, companyId, municipalityId, users.coordinator, state],
    );
    for (const expert of [users.expertEn, users.expertDa]) {
      await db.query(`INSERT INTO case_expert (case_id, expert_id) VALUES ($1, $2)`, [
        caseId,
        expert,
      ]);
    }
    return { caseId, smeId, companyName };
  }

  async function outbox(caseId: string, effect: CaseEffect): Promise<string> {
    return one(
      `INSERT INTO outbox (case_id, kind, payload) VALUES ($1, $2, $3) RETURNING id::text AS id`,
      [
        caseId,
        effect.type,
        JSON.stringify({
          caseId,
          programmeId,
          caseVersion: 3,
          occurredAt: new Date().toISOString(),
          effect,
        }),
      ],
    );
  }

  const notifications = async (caseIds: string[]) =>
    (await db.query(
      `SELECT id, user_id AS "userId", outbox_id::text AS "outboxId", kind,
              email_status AS "emailStatus"
         FROM notification WHERE case_id = ANY($1::uuid[]) ORDER BY id`,
      [caseIds],
    )) as NotificationRow[];

  async function settled(caseIds: string[], expected: number): Promise<NotificationRow[]> {
    for (let tries = 0; tries < 200; tries++) {
      const rows = await notifications(caseIds);
      if (rows.length >= expected && rows.every((row) => row.emailStatus !== 'pending')) {
        await sleep(1_000); // room for a duplicate e-mail to show up, were there one
        return notifications(caseIds);
      }
      await sleep(100);
    }
    throw new Error('The notifications were not e-mailed in time.');
  }

  const mailsTo = (caseId: string) =>
    peer.received.filter((mail) => mail.data.includes(`${APP_URL}/cases/${caseId}`));

  it('turns each notify row into one notification and one e-mail per recipient, in their language, with two workers relaying at once', async () => {
    const cases = await Promise.all(
      Array.from({ length: 6 }, () => seedCase('assessment.scheduled')),
    );
    for (const seeded of cases) {
      await outbox(seeded.caseId, {
        type: 'notify',
        template: 'assessmentScheduled',
        to: ['experts', 'smeContacts'],
        details: { expertId: users.expertDa, date: '2026-12-01' },
      });
    }
    const caseIds = cases.map((c) => c.caseId);
    const rows = await settled(caseIds, 18);

    expect(rows).toHaveLength(18);
    expect(new Set(rows.map((r) => `${r.outboxId}/${r.userId}`)).size).toBe(18);
    expect(rows.every((r) => r.emailStatus === 'sent')).toBe(true);
    for (const seeded of cases) {
      const mails = mailsTo(seeded.caseId);
      expect(mails.map((m) => subjectOf(m.data)).sort()).toEqual(
        [
          `Assessment scheduled for ${seeded.companyName}`,
          `Assessment scheduled for ${seeded.companyName}`,
          `Vurdering planlagt for ${seeded.companyName}`,
        ].sort(),
      );
      expect(new Set(mails.map((m) => m.to.join()))).toHaveProperty('size', 3);
    }
    const danish = mailsTo(cases[0]?.caseId ?? '').find((m) =>
      subjectOf(m.data).startsWith('Vurdering'),
    );
    expect(danish?.data).toContain('text/html');
    expect(danish?.data).toContain('Hej Ebbe');
  });

  it('adds nothing when a row is relayed again or an e-mail job runs again', async () => {
    const seeded = await seedCase('onHold');
    const outboxId = await outbox(seeded.caseId, {
      type: 'notify',
      template: 'casePaused',
      to: ['experts', 'smeContacts'],
      details: { reason: 'Ferie', until: '2027-01-15' },
    });
    const rows = await settled([seeded.caseId], 3);
    const mailed = peer.received.length;

    // As if the relay's commit had been lost after it wrote the notifications.
    await db.query(`UPDATE outbox SET relayed_at = NULL WHERE id = $1`, [outboxId]);
    const relay = workers[0]?.get(ReminderRelay);
    if (!relay) throw new Error('no relay');
    await Promise.all([relay.relayBatch(), relay.relayBatch()]);
    const mailer = workers[1]?.get(NotificationMailer);
    const outcomes = await Promise.all(rows.map((row) => mailer?.email(row.id)));
    await sleep(500);

    expect(outcomes).toEqual(['alreadyDone', 'alreadyDone', 'alreadyDone']);
    expect(await notifications([seeded.caseId])).toHaveLength(3);
    expect(peer.received.length).toBe(mailed);
    expect(mailsTo(seeded.caseId)).toHaveLength(3);
    const english = mailsTo(seeded.caseId).find((m) => m.to.join().startsWith('evan'));
    expect(subjectOf(english?.data ?? '')).toBe(`The case of ${seeded.companyName} is on hold`);
    expect(english?.data).toContain('15 January 2027');
  });

  it('keeps a kind in-app only for the user who chose so: a notification, no e-mail', async () => {
    const seeded = await seedCase('implementation');
    await db.query(
      `INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, 'caseWithdrawn', false)`,
      [seeded.smeId],
    );
    await outbox(seeded.caseId, {
      type: 'notify',
      template: 'caseWithdrawn',
      to: ['experts', 'smeContacts'],
      details: { reason: 'Closed down' },
    });
    const rows = await settled([seeded.caseId], 3);
    expect(rows.find((r) => r.userId === seeded.smeId)?.emailStatus).toBe('skipped');
    expect(rows.filter((r) => r.emailStatus === 'sent')).toHaveLength(2);
    const recipients = mailsTo(seeded.caseId).flatMap((m) => m.to);
    expect(recipients).toHaveLength(2);
    expect(recipients.some((to) => to.startsWith('sme'))).toBe(false);
  });

  it('e-mails a fired reminder to its recipient in their language', async () => {
    const seeded = await seedCase('agreement.awaitingSignature', 'da');
    await db.query(
      `INSERT INTO audit_event (case_id, event_type, to_state, version) VALUES ($1, 'TEST', $2, 3)`,
      [seeded.caseId, 'agreement.awaitingSignature'],
    );
    await outbox(seeded.caseId, {
      type: 'scheduleReminder',
      kind: 'signPlease',
      scope: 'signature',
      to: 'smeSigners',
      due: { rule: 'at', date: new Date(Date.now() - 1_000).toISOString() },
    });
    const rows = await settled([seeded.caseId], 1);
    expect(rows.map((r) => [r.userId, r.kind, r.emailStatus])).toEqual([
      [seeded.smeId, 'signPlease', 'sent'],
    ]);
    const mails = mailsTo(seeded.caseId);
    expect(mails).toHaveLength(1);
    expect(subjectOf(mails[0]?.data ?? '')).toBe(
      `Underskriv venligst aftalen for ${seeded.companyName}`,
    );
  });
});
