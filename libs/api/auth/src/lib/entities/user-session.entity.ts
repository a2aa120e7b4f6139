import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('user_session')
export class UserSession {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** HMAC of the cookie's token: a stolen database does not yield usable sessions. */
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'now()' }) lastSeenAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
}
