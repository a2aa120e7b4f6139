import { type Language, type Role } from '@techpact/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text') role!: Role;
  @Column('text') language!: Language;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!:
    string | null;
  @Column('boolean') active!: boolean;
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @Column('text', { nullable: true }) organisation!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
