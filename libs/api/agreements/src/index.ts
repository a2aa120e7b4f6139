export * from './lib/agreements.module';
export * from './lib/agreements.service';
export * from './lib/signing.service';
export * from './lib/agreements.participant';
export * from './lib/agreement-transitions';
export * from './lib/agreement-mailer';
