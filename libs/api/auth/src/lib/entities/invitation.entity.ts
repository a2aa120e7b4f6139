import { type Language, type Role } from '@techpact/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text') role!: Role;
  @Column('text') language!: Language;
  @Column('uuid', { name: 'municipality_ids', array: true }) municipalityIds!: string[];
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @Column('text', { nullable: true }) organisation!: string | null;
  @Column('uuid', { name: 'invited_by' }) invitedBy!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
}
