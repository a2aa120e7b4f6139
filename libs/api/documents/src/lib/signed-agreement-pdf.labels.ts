import { type DocumentLanguage } from './document-format';

export interface CertificateLabels {
  heading: string;
  intro: string;
  documentHash: string;
  attachment: string;
  agreementPages: string;
  signers: string;
  signer: (index: number) => string;
  name: string;
  email: string;
  signedAt: string;
  ip: string;
  userAgent: string;
  signedHash: string;
  linkId: string;
  countersignature: string;
  timeline: string;
  time: string;
  event: string;
  seal: (subject: string) => string;
  page: (page: number, pages: number) => string;
}

export const CERTIFICATE_LABELS: Record<DocumentLanguage, CertificateLabels> = {
  en: {
    heading: 'Signature certificate',
    intro:
      'This certificate records the electronic signatures of the agreement on the preceding ' +
      'pages. The SHA-256 fingerprint identifies the exact document the parties signed; that ' +
      'document is attached to this file as agreement.pdf.',
    documentHash: 'Document SHA-256',
    attachment: 'The agreement exactly as signed',
    agreementPages: 'Agreement pages',
    signers: 'Signatures',
    signer: (index) => `Signer ${index}`,
    name: 'Name',
    email: 'E-mail',
    signedAt: 'Signed',
    ip: 'IP address',
    userAgent: 'Browser',
    signedHash: 'Signed SHA-256',
    linkId: 'Signing link',
    countersignature: 'Countersignature',
    timeline: 'Timeline',
    time: 'Time',
    event: 'Event',
    seal: (subject) =>
      `The platform sealed this file with a digital signature (certificate: ${subject}). ` +
      'Any change to the file after sealing makes that signature invalid.',
    page: (page, pages) => `Signature certificate, page ${page} of ${pages}`,
  },
  da: {
    heading: 'Signaturcertifikat',
    intro:
      'Dette certifikat dokumenterer de elektroniske underskrifter på aftalen på de foregående ' +
      'sider. SHA-256-fingeraftrykket identificerer præcis det dokument, parterne underskrev; ' +
      'dokumentet er vedhæftet denne fil som agreement.pdf.',
    documentHash: 'Dokumentets SHA-256',
    attachment: 'Aftalen præcis som underskrevet',
    agreementPages: 'Aftalens sider',
    signers: 'Underskrifter',
    signer: (index) => `Underskriver ${index}`,
    name: 'Navn',
    email: 'E-mail',
    signedAt: 'Underskrevet',
    ip: 'IP-adresse',
    userAgent: 'Browser',
    signedHash: 'Underskrevet SHA-256',
    linkId: 'Underskriftslink',
    countersignature: 'Kontrasignatur',
    timeline: 'Forløb',
    time: 'Tidspunkt',
    event: 'Hændelse',
    seal: (subject) =>
      `Platformen har forseglet filen med en digital signatur (certifikat: ${subject}). ` +
      'Enhver ændring af filen efter forseglingen gør signaturen ugyldig.',
    page: (page, pages) => `Signaturcertifikat, side ${page} af ${pages}`,
  },
};
