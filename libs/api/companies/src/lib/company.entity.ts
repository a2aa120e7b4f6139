import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A company of a programme. The services query with SQL; the entity keeps TypeORM aware of the table. */
@Entity('company')
export class Company {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'registration_number' }) registrationNumber!: string;
  @Column('char', { length: 2 }) country!: string;
  @Column('int', { nullable: true }) employees!: number | null;
  @Column('text', { name: 'sector_code', nullable: true }) sectorCode!: string | null;
  @Column('text', { name: 'turnover_band', nullable: true }) turnoverBand!: string | null;
  @Column('text', { name: 'address_line', nullable: true }) addressLine!: string | null;
  @Column('text', { name: 'postal_code', nullable: true }) postalCode!: string | null;
  @Column('text', { nullable: true }) city!: string | null;
  @Column({ type: 'text', name: 'size_band', nullable: true, insert: false, update: false })
  sizeBand!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
