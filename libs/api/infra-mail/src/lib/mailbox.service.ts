import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MailMessageResponse } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { MailMessage } from './mail-message.entity';

@Injectable()
export class MailboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first. */
  async list(limit: number): Promise<MailMessageResponse[]> {
    const rows = await this.db
      .getRepository(MailMessage)
      .find({ order: { createdAt: 'DESC' }, take: limit });
    return rows.map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.textBody,
      html: m.htmlBody,
      createdAt: m.createdAt.toISOString(),
    }));
  }
}
