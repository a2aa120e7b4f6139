import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type SavedCaseViewQuery } from '@techpact/contracts';

/** A person's saved case-list view. The service queries with SQL; the entity keeps TypeORM aware of the table. */
@Entity('saved_case_view')
export class SavedCaseViewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('text') name!: string;
  @Column('jsonb') query!: SavedCaseViewQuery;
  @Column('int') position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
