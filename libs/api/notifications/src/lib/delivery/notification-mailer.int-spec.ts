import { type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { MailMessage, MailService } from '@techpact/api/infra-mail';
import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { NotificationMailer } from './notification-mailer';

describe('NotificationMailer (real PostgreSQL and a real SMTP peer)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let server: SMTPServer;
  let mail: MailService;
  let refuseNext = 0;
  const received: string[] = [];
  let userId = '';

  beforeAll(async () => {
    testDb = await createTestDatabase('notification_mailer');
    db = await new DataSource(
      dataSourceOptions(testDb.url, { entities: [MailMessage] }),
    ).initialize();
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
            return;
          }
          received.push(session.envelope.rcptTo.map((r) => r.address).join());
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    mail = new MailService(db, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'TechPact <no-reply@techpact.test>',
    } as AppConfig);
    const [programme] = (await db.query(
      `INSERT INTO programme (name) VALUES ('P') RETURNING id`,
    )) as { id: string }[];
    const [user] = (await db.query(
      `INSERT INTO app_user (programme_id, email, name, role, language)
       VALUES ($1, 'mette@test.techpact.dk', 'Mette', 'coordinator', 'da') RETURNING id`,
      [programme?.id],
    )) as { id: string }[];
    userId = user?.id ?? '';
  });

  afterAll(async () => {
    mail.onModuleDestroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.destroy();
    await testDb.drop();
  });

  async function notification(kind: string): Promise<string> {
    const [row] = (await db.query(
      `INSERT INTO notification (user_id, kind, title, body, link)
       VALUES ($1, $2, 'Titel', 'Tekst', '/cases/abc') RETURNING id`,
      [userId, kind],
    )) as { id: string }[];
    return row?.id ?? '';
  }

  const state = async (id: string) =>
    (
      (await db.query(
        `SELECT email_status AS status, email_attempts AS attempts, email_error AS error,
                emailed_at IS NOT NULL AS emailed
           FROM notification WHERE id = $1`,
        [id],
      )) as { status: string; attempts: number; error: string | null; emailed: boolean }[]
    )[0];

  it('records a refused delivery and throws (the queue retries), then sends once', async () => {
    const id = await notification('signEscalation');
    const mailer = new NotificationMailer(db, mail, 'https://techpact.test');
    refuseNext = 1;
    await expect(mailer.email(id)).rejects.toThrow(/Mailbox busy/);
    expect(await state(id)).toEqual({
      status: 'pending',
      attempts: 1,
      error: expect.stringMatching(/Mailbox busy/),
      emailed: false,
    });
    expect(received).toEqual([]);

    expect(await Promise.all([mailer.email(id), mailer.email(id)])).toEqual(
      expect.arrayContaining(['sent', 'alreadyDone']),
    );
    expect(await mailer.email(id)).toBe('alreadyDone');
    expect(received).toEqual(['mette@test.techpact.dk']);
    expect(await state(id)).toMatchObject({ status: 'sent', emailed: true, error: null });
  });

  it('skips the e-mail of a kind the recipient keeps in-app only', async () => {
    await db.query(
      `INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, 'staleCase', false)`,
      [userId],
    );
    const id = await notification('staleCase');
    const before = received.length;
    expect(await new NotificationMailer(db, mail, 'https://techpact.test').email(id)).toBe(
      'skipped',
    );
    expect(received.length).toBe(before);
    expect(await state(id)).toMatchObject({ status: 'skipped', emailed: false });
  });

  it('fails a job whose notification does not exist, so that the queue retries it', async () => {
    await expect(
      new NotificationMailer(db, mail, 'https://techpact.test').email(
        '00000000-0000-4000-8000-000000000000',
      ),
    ).rejects.toThrow(/does not exist/);
  });
});
