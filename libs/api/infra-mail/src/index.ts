export * from './lib/infra-mail.module';
export * from './lib/mail.service';
export * from './lib/mailbox.service';
export { MailMessage } from './lib/mail-message.entity';
