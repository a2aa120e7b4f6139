import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('company')
export class Company {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'registration_number' }) registrationNumber!: string;
  @Column('char', { length: 2 }) country!: string;
  @Column('int', { nullable: true }) employees!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
