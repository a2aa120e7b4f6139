import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { MailMessage } from './mail-message.entity';

/** A file sent with an e-mail (e.g. a signed agreement). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
}

/**
 * Sends through SMTP when SMTP_URL is set; otherwise keeps the message in the development
 * mailbox, which the web app shows. Either way the message is recorded.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        ...mail,
        attachments: mail.attachments?.map((attachment) => ({ ...attachment })),
      });
    }
    await this.db.getRepository(MailMessage).insert({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      transport: this.transport ? 'smtp' : 'mailbox',
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
