import { type MailContent, type MailLanguage, mailDate, render } from './mail-content';

export interface SigningRequestData {
  signerName: string;
  companyName: string;
  programmeName: string;
  versionNumber: number;
  title: string;
  coordinatorName: string | null;
  link: string;
  expiresAt: Date;
  timeZone: string;
}

/** The e-mail that asks an SME signer to sign a version, with their single-use link. */
export function signingRequestMail(language: MailLanguage, data: SigningRequestData): MailContent {
  const expires = mailDate(data.expiresAt, language, data.timeZone);
  if (language === 'da') {
    return render(`Underskriv teknologiaftalen: ${data.title}`, [
      `Kære ${data.signerName}`,
      `${data.programmeName} har sendt version ${data.versionNumber} af teknologiaftalen med ${data.companyName} til underskrift.`,
      { href: data.link, label: 'Læs og underskriv aftalen' },
      `Linket er personligt, kan bruges én gang og udløber ${expires}.`,
      data.coordinatorName
        ? `Har du spørgsmål, så kontakt ${data.coordinatorName}.`
        : 'Har du spørgsmål, så kontakt din koordinator.',
    ]);
  }
  return render(`Please sign the technology agreement: ${data.title}`, [
    `Dear ${data.signerName}`,
    `${data.programmeName} has sent version ${data.versionNumber} of the technology agreement with ${data.companyName} for your signature.`,
    { href: data.link, label: 'Read and sign the agreement' },
    `The link is personal, works once and expires on ${expires}.`,
    data.coordinatorName
      ? `If you have questions, contact ${data.coordinatorName}.`
      : 'If you have questions, contact your coordinator.',
  ]);
}
