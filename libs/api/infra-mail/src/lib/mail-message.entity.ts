import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every e-mail the system sent, or kept in the development mailbox instead of sending. */
@Entity('mail_message')
export class MailMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { name: 'to_address' }) toAddress!: string;
  @Column('text') subject!: string;
  @Column('text', { name: 'text_body' }) textBody!: string;
  @Column('text', { name: 'html_body', nullable: true }) htmlBody!: string | null;
  @Column('text') transport!: 'smtp' | 'mailbox';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
