import { type MailContent, type MailLanguage, render } from './mail-content';

export interface AgreementInForceData {
  recipientName: string;
  companyName: string;
  programmeName: string;
  versionNumber: number;
  title: string;
  signedPdfHash: string;
}

/** The e-mail to everyone involved once a version is countersigned; the signed PDF is attached. */
export function agreementInForceMail(
  language: MailLanguage,
  data: AgreementInForceData,
): MailContent {
  if (language === 'da') {
    return render(`Teknologiaftalen er trådt i kraft: ${data.title}`, [
      `Kære ${data.recipientName}`,
      `Version ${data.versionNumber} af teknologiaftalen mellem ${data.programmeName} og ${data.companyName} er underskrevet af alle parter og er nu i kraft.`,
      'Den underskrevne aftale er vedhæftet som PDF. Den er forseglet digitalt, så enhver ændring kan ses.',
      `SHA-256 af den underskrevne PDF: ${data.signedPdfHash}`,
    ]);
  }
  return render(`The technology agreement is in force: ${data.title}`, [
    `Dear ${data.recipientName}`,
    `Version ${data.versionNumber} of the technology agreement between ${data.programmeName} and ${data.companyName} has been signed by all parties and is now in force.`,
    'The signed agreement is attached as a PDF. It is digitally sealed, so any change to it shows.',
    `SHA-256 of the signed PDF: ${data.signedPdfHash}`,
  ]);
}
