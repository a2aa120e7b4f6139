import { Controller, DefaultValuePipe, Get, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@techpact/api/auth';
import { MailboxService } from '@techpact/api/infra-mail';
import { type MailMessageResponse } from '@techpact/contracts';

/**
 * The development mailbox: every e-mail the system sent or, without SMTP_URL, kept instead of
 * sending. Staff use it to pass on an invitation link when mail is not set up.
 */
@ApiTags('mailbox')
@Controller('dev/mailbox')
export class MailboxController {
  constructor(private readonly mailbox: MailboxService) {}

  @Access('admin', 'coordinator')
  @Get()
  list(
    @Query('limit', new DefaultValuePipe(100), ParseIntPipe) limit: number,
  ): Promise<MailMessageResponse[]> {
    return this.mailbox.list(Math.min(Math.max(limit, 1), 500));
  }
}
