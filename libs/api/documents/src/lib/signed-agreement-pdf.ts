import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import {
  DEFAULT_DOCUMENT_TIME_ZONE,
  type DocumentLanguage,
  formatDateTime,
} from './document-format';
import { type PlatformCertificate } from './platform-certificate';
import { PdfWriter } from './pdf-writer';
import { sha256Hex } from './sha256';
import { CERTIFICATE_LABELS } from './signed-agreement-pdf.labels';

export interface SignerEvidence {
  name: string;
  email: string;
  signedAt: Date;
  ip: string;
  userAgent: string;
  /** SHA-256 (hex) of the document this signer was shown; must be the document's. */
  documentHash: string;
  linkId: string;
}

export interface CountersignEvidence {
  name: string;
  email: string;
  signedAt: Date;
}

export interface SignedAgreementInput {
  language: DocumentLanguage;
  /** The frozen PDF the signers saw. */
  documentPdf: Buffer;
  /** Its SHA-256 (hex). */
  documentHash: string;
  signers: readonly SignerEvidence[];
  countersignature: CountersignEvidence;
  timeline: readonly { at: Date; label: string }[];
  /** IANA zone for the times shown; default Europe/Copenhagen. */
  timeZone?: string;
}

/** Small enough for a SHA-256 in hex to stay on one line, so it can be copied and compared. */
const EVIDENCE_SIZE = 9;

/**
 * The agreement pages, a signature certificate page (each signer's evidence, the document
 * hash, the countersignature, the timeline) and the frozen document attached, PAdES-signed with
 * the platform certificate so that a reader reports the file signed and unmodified.
 */
export async function buildSignedAgreementPdf(
  input: SignedAgreementInput,
  certificate: PlatformCertificate,
): Promise<Buffer> {
  const documentHash = checkedHash(input);
  const t = CERTIFICATE_LABELS[input.language];
  const at = (date: Date) => formatDateTime(date, input.timeZone ?? DEFAULT_DOCUMENT_TIME_ZONE);

  const doc = await PDFDocument.load(input.documentPdf, { updateMetadata: false });
  const agreementPages = doc.getPageCount();
  // The exact bytes behind the hash travel with the file, so anyone can check the fingerprint.
  await doc.attach(input.documentPdf, 'agreement.pdf', {
    mimeType: 'application/pdf',
    description: t.attachment,
    creationDate: input.countersignature.signedAt,
    modificationDate: input.countersignature.signedAt,
  });

  const writer = await PdfWriter.continue(doc);
  writer.heading(t.heading).paragraph(t.intro);
  writer.fields(
    [
      [t.documentHash, documentHash],
      [t.agreementPages, String(agreementPages)],
    ],
    { size: EVIDENCE_SIZE },
  );
  writer.heading(t.signers, 2);
  input.signers.forEach((signer, index) => {
    writer.paragraph(t.signer(index + 1), { bold: true }).fields(
      [
        [t.name, signer.name],
        [t.email, signer.email],
        [t.signedAt, at(signer.signedAt)],
        [t.ip, signer.ip],
        [t.userAgent, signer.userAgent],
        [t.signedHash, signer.documentHash.toLowerCase()],
        [t.linkId, signer.linkId],
      ],
      { size: EVIDENCE_SIZE },
    );
  });
  writer.heading(t.countersignature, 2).fields(
    [
      [t.name, input.countersignature.name],
      [t.email, input.countersignature.email],
      [t.signedAt, at(input.countersignature.signedAt)],
    ],
    { size: EVIDENCE_SIZE },
  );
  if (input.timeline.length > 0) {
    writer.heading(t.timeline, 2).table(
      [
        { header: t.time, width: 0.35 },
        { header: t.event, width: 0.65 },
      ],
      input.timeline.map((entry) => [at(entry.at), entry.label]),
      { size: EVIDENCE_SIZE },
    );
  }
  writer.paragraph(t.seal(certificate.subject), { muted: true, size: 8.5 });
  writer.footer(t.page);

  const signingTime = new Date();
  doc.setModificationDate(signingTime);
  pdflibAddPlaceholder({
    pdfPage: writer.pages[writer.pages.length - 1],
    reason: 'Signed agreement',
    name: /CN=([^,]+)/.exec(certificate.subject)?.[1] ?? 'TechPact',
    location: 'TechPact',
    contactInfo: input.countersignature.email,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signingTime,
    appName: 'TechPact',
  });
  // signpdf looks for the placeholder through a classic cross-reference table.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(certificate.p12, { passphrase: certificate.passphrase });
  return new SignPdf().sign(prepared, signer, signingTime);
}

/** Refuses to certify signatures that were given to a different document. */
function checkedHash(input: SignedAgreementInput): string {
  const actual = sha256Hex(input.documentPdf);
  if (input.documentHash.toLowerCase() !== actual) {
    throw new Error(
      `documentHash ${input.documentHash} is not the SHA-256 of documentPdf (${actual}).`,
    );
  }
  if (input.signers.length === 0) throw new Error('A signed agreement needs at least one signer.');
  const stray = input.signers.find((signer) => signer.documentHash.toLowerCase() !== actual);
  if (stray) {
    throw new Error(
      `${stray.name} signed document ${stray.documentHash}, not this one (${actual}).`,
    );
  }
  return actual;
}
