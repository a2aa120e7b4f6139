export * from './lib/mailbox.module';
