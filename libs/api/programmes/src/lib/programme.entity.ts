import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('programme')
export class Programme {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) funder!: string | null;
  @Column('date', { name: 'starts_on', nullable: true }) startsOn!: string | null;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn!: string | null;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('char', { length: 2 }) country!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
