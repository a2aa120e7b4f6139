import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the peer received it, with its MIME parts decoded. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** A real SMTP server on a random local port that keeps what it receives (tests only). */
export interface SmtpPeer {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          ...parseMessage(Buffer.concat(chunks).toString('latin1')),
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const soft = part.body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i += 1) {
      const hex = soft.slice(i + 1, i + 3);
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(soft.charCodeAt(i));
      }
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(part.body, 'latin1');
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeBody({
          headers: new Map([['content-transfer-encoding', 'quoted-printable']]),
          body: text.replace(/_/g, ' '),
        }).toString('utf8'),
  );
}

function parseMessage(raw: string): Omit<ReceivedMail, 'to'> {
  const message = splitPart(raw);
  const mail: Omit<ReceivedMail, 'to'> = {
    subject: decodeWords(message.headers.get('subject') ?? ''),
    text: '',
    html: '',
    attachments: [],
  };
  const visit = (part: Part) => {
    const type = part.headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      const pieces = part.body.split(`--${boundary}`).slice(1);
      for (const piece of pieces) {
        if (piece.startsWith('--')) break;
        visit(splitPart(piece.replace(/^\r?\n/, '')));
      }
      return;
    }
    const disposition = part.headers.get('content-disposition') ?? '';
    const content = decodeBody(part);
    if (disposition.toLowerCase().startsWith('attachment')) {
      mail.attachments.push({
        filename: /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '',
        contentType: type.split(';')[0]?.trim() ?? '',
        content,
      });
    } else if (type.toLowerCase().startsWith('text/html')) {
      mail.html = content.toString('utf8');
    } else if (type.toLowerCase().startsWith('text/plain')) {
      mail.text = content.toString('utf8');
    }
  };
  visit(message);
  return mail;
}

/** The signing token in a signing-request e-mail's link. */
export function tokenFromMail(mail: ReceivedMail): string {
  const match = /\/sign\/([A-Za-z0-9_-]{43})\b/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No signing link in the e-mail to ${mail.to.join(', ')}`);
  return match[1];
}

/** Waits until the peer has received `count` messages in all. */
export async function receivedCount(
  peer: SmtpPeer,
  count: number,
  timeoutMs = 5000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (peer.received.length < count) {
    if (Date.now() > until) {
      throw new Error(`Expected ${count} e-mails, the peer has ${peer.received.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
