import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { MailService } from '@techpact/api/infra-mail';
import { type MailLanguage } from './mail/mail-content';
import { agreementInForceMail, type AgreementInForceData } from './mail/agreement-in-force.mail';
import { signingRequestMail, type SigningRequestData } from './mail/signing-request.mail';

export interface MailRecipient {
  name: string;
  email: string;
  language: MailLanguage;
}

/** Sends the agreement e-mails, each in its recipient's language. */
@Injectable()
export class AgreementMailer {
  private readonly logger = new Logger(AgreementMailer.name);

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'appUrl'>,
  ) {}

  /** The web page a signing token opens. */
  signingLink(token: string): string {
    return `${this.config.appUrl}/sign/${token}`;
  }

  async signingRequest(
    recipient: MailRecipient,
    token: string,
    data: Omit<SigningRequestData, 'signerName' | 'link'>,
  ): Promise<void> {
    const content = signingRequestMail(recipient.language, {
      ...data,
      signerName: recipient.name,
      link: this.signingLink(token),
    });
    await this.mail.send({ to: recipient.email, ...content });
  }

  /** One e-mail per recipient with the signed PDF; one failure does not stop the others. */
  async agreementInForce(
    recipients: readonly MailRecipient[],
    data: Omit<AgreementInForceData, 'recipientName'>,
    signedPdf: { filename: string; content: Buffer },
  ): Promise<void> {
    const failures: unknown[] = [];
    for (const recipient of recipients) {
      const content = agreementInForceMail(recipient.language, {
        ...data,
        recipientName: recipient.name,
      });
      await this.mail
        .send({
          to: recipient.email,
          ...content,
          attachments: [{ ...signedPdf, contentType: 'application/pdf' }],
        })
        .catch((error: unknown) => {
          this.logger.error({ err: error }, `Agreement in force e-mail to ${recipient.email}`);
          failures.push(error);
        });
    }
    if (failures.length > 0) throw new Error(`${failures.length} e-mail(s) could not be sent`);
  }
}
