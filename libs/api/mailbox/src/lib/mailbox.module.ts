import { Module } from '@nestjs/common';
import { InfraMailModule } from '@techpact/api/infra-mail';
import { MailboxController } from './mailbox.controller';

@Module({ imports: [InfraMailModule], controllers: [MailboxController] })
export class MailboxModule {}
