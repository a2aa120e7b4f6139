import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';
import { MailboxService } from './mailbox.service';

@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [MailService, MailboxService],
  exports: [MailService, MailboxService],
})
export class InfraMailModule {}
