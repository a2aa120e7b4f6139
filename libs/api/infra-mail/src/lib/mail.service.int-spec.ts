import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type AppConfig } from '@techpact/api/infra-config';
import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';
import { MailboxService } from './mailbox.service';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP peer on a random local port, keeping what it receives. */
async function startSmtpPeer(): Promise<{
  server: SMTPServer;
  port: number;
  received: Received[];
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received };
}

describe('MailService (real PostgreSQL and a real SMTP peer)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('mail');
    dataSource = await new DataSource(
      dataSourceOptions(db.url, { entities: [MailMessage] }),
    ).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('sends through SMTP when SMTP_URL is set, and records the message', async () => {
    const peer = await startSmtpPeer();
    const config = {
      smtpUrl: `smtp://127.0.0.1:${peer.port}`,
      mailFrom: 'TechPact <no-reply@techpact.test>',
    } as AppConfig;
    const mail = new MailService(dataSource, config);
    try {
      await mail.send({
        to: 'signer@example.org',
        subject: 'Please sign',
        text: 'Your agreement awaits your signature.',
        html: '<p>Your agreement awaits your <b>signature</b>.</p>',
      });
    } finally {
      mail.onModuleDestroy();
      await new Promise<void>((resolve) => peer.server.close(() => resolve()));
    }
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]?.to).toEqual(['signer@example.org']);
    expect(peer.received[0]?.from).toBe('no-reply@techpact.test');
    expect(peer.received[0]?.data).toContain('Subject: Please sign');
    expect(peer.received[0]?.data).toContain('Your agreement awaits your signature.');
    const [stored] = await new MailboxService(dataSource).list(1);
    expect(stored).toMatchObject({
      to: 'signer@example.org',
      subject: 'Please sign',
      html: '<p>Your agreement awaits your <b>signature</b>.</p>',
    });
    const rows = await dataSource
      .getRepository(MailMessage)
      .findBy({ toAddress: 'signer@example.org' });
    expect(rows.map((r) => r.transport)).toEqual(['smtp']);
  });

  it('keeps the message in the development mailbox without SMTP_URL', async () => {
    const mail = new MailService(dataSource, { smtpUrl: null, mailFrom: 'x@y.z' } as AppConfig);
    await mail.send({
      to: 'new.user@example.org',
      subject: 'Your invitation',
      text: 'Open the link.',
    });
    const [latest] = await new MailboxService(dataSource).list(1);
    expect(latest).toMatchObject({
      to: 'new.user@example.org',
      subject: 'Your invitation',
      text: 'Open the link.',
    });
    const rows = await dataSource
      .getRepository(MailMessage)
      .findBy({ toAddress: 'new.user@example.org' });
    expect(rows.map((r) => r.transport)).toEqual(['mailbox']);
  });
});
