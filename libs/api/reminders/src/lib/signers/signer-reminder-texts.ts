/** Languages of signer e-mails (a signer's `language`). */
export type SignerLanguage = 'en' | 'da';

export interface SignerReminderParams {
  signerName: string;
  company: string;
  /** When the signing link was sent, and until when it works, as local dates. */
  sentOn: string;
  expiresOn: string | null;
  coordinatorName: string | null;
  coordinatorEmail: string | null;
}

type Text = (p: SignerReminderParams) => { subject: string; lines: string[] };

/** Reminder kinds that go to SME signers. */
export type SignerReminderKind = 'signPlease' | 'signNudge';

const TEXTS: Record<SignerLanguage, Record<SignerReminderKind, Text> & { contact: Text }> = {
  en: {
    signPlease: (p) => ({
      subject: `Please sign the agreement for ${p.company}`,
      lines: [
        `Hello ${p.signerName},`,
        `The technology agreement for ${p.company} awaits your signature.`,
        `Please sign it through the personal link in the e-mail we sent you on ${p.sentOn}` +
          (p.expiresOn ? ` (it works until ${p.expiresOn}).` : '.'),
      ],
    }),
    signNudge: (p) => ({
      subject: `Reminder: the agreement for ${p.company} still awaits your signature`,
      lines: [
        `Hello ${p.signerName},`,
        `A reminder: the technology agreement for ${p.company} has not been signed yet.`,
        `Your personal signing link is in the e-mail we sent you on ${p.sentOn}` +
          (p.expiresOn ? ` (it works until ${p.expiresOn}).` : '.'),
      ],
    }),
    contact: (p) => ({
      subject: '',
      lines: [
        `Cannot find it? Ask ${p.coordinatorName ?? 'your coordinator'}` +
          (p.coordinatorEmail ? ` (${p.coordinatorEmail})` : '') +
          ' to send a new link.',
      ],
    }),
  },
  da: {
    signPlease: (p) => ({
      subject: `Underskriv venligst aftalen for ${p.company}`,
      lines: [
        `Kære ${p.signerName},`,
        `Teknologiaftalen for ${p.company} venter på din underskrift.`,
        `Underskriv den via det personlige link i den e-mail, vi sendte dig ${p.sentOn}` +
          (p.expiresOn ? ` (linket virker til ${p.expiresOn}).` : '.'),
      ],
    }),
    signNudge: (p) => ({
      subject: `Påmindelse: aftalen for ${p.company} venter stadig på din underskrift`,
      lines: [
        `Kære ${p.signerName},`,
        `En påmindelse: teknologiaftalen for ${p.company} er endnu ikke underskrevet.`,
        `Dit personlige link står i den e-mail, vi sendte dig ${p.sentOn}` +
          (p.expiresOn ? ` (linket virker til ${p.expiresOn}).` : '.'),
      ],
    }),
    contact: (p) => ({
      subject: '',
      lines: [
        `Kan du ikke finde den? Bed ${p.coordinatorName ?? 'din koordinator'}` +
          (p.coordinatorEmail ? ` (${p.coordinatorEmail})` : '') +
          ' om at sende et nyt link.',
      ],
    }),
  },
};

export function isSignerReminderKind(kind: string): kind is SignerReminderKind {
  return kind === 'signPlease' || kind === 'signNudge';
}

/**
 * The reminder e-mail to a signer without an account. The signing token is only in the first
 * e-mail (it is stored hashed), so this one points there instead of carrying a link.
 */
export function renderSignerReminder(
  kind: SignerReminderKind,
  language: SignerLanguage,
  params: SignerReminderParams,
): { subject: string; text: string; html: string } {
  const texts = TEXTS[language];
  const main = texts[kind](params);
  const lines = [...main.lines, ...texts.contact(params).lines];
  return {
    subject: main.subject,
    text: lines.join('\n\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
  };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
