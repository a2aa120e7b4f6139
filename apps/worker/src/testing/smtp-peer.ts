import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The message (headers and MIME parts), quoted-printable parts decoded. */
  data: string;
}

export interface SmtpPeer {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export interface SmtpPeerOptions {
  /**
   * Called with each message before it is accepted; `false` refuses it (not kept, the client
   * gets an error), as when the connection dies before the server's "250 OK".
   */
  beforeAccept?: (mail: ReceivedMail) => boolean | Promise<boolean>;
}

/** A real SMTP server on a free local port that keeps what it accepts. */
export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), data: decodeQp(data) };
        void Promise.resolve(options.beforeAccept?.(mail) ?? true).then((accept) => {
          if (!accept) return callback(new Error('Refused by the test'));
          received.push(mail);
          callback();
        });
      });
    },
  });
  // A client killed mid-conversation (the crash tests) resets its connection: not a failure here.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded `Subject:` of a raw message (nodemailer encodes non-ASCII as RFC 2047 words). */
export function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQ(text),
    )
    .trim();
}

/** Undoes quoted-printable soft line breaks and escapes, so that texts and links can be found. */
function decodeQp(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeQ(text: string): string {
  const bytes = text
    .replace(/_/g, ' ')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
