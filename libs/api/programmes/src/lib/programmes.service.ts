import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { seedDefaultDimensions } from '@techpact/api/assessments';
import { type AuthUser } from '@techpact/api/auth';
import { type MunicipalityResponse, type ProgrammeResponse } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type CreateMunicipalityDto, type UpdateMunicipalityDto } from './dto/municipality.dto';
import { type CreateProgrammeDto, type UpdateProgrammeDto } from './dto/programme.dto';
import { Municipality } from './municipality.entity';
import { Programme } from './programme.entity';
import { ProgrammeErrors, isUniqueViolation } from './programmes.errors';

@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listProgrammes(): Promise<ProgrammeResponse[]> {
    const rows = await this.db.getRepository(Programme).find({ order: { name: 'ASC' } });
    return rows.map(toProgramme);
  }

  async getProgramme(id: string): Promise<ProgrammeResponse> {
    const programme = await this.db.getRepository(Programme).findOneBy({ id });
    if (!programme) throw ProgrammeErrors.programmeNotFound();
    return toProgramme(programme);
  }

  async createProgramme(input: CreateProgrammeDto): Promise<ProgrammeResponse> {
    assertPeriod(input.startsOn, input.endsOn);
    try {
      const id = await this.db.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(Programme, { ...input, name: input.name.trim() }),
        );
        // A new programme assesses with the EU DMA dimensions until an admin changes them.
        await seedDefaultDimensions(manager, saved.id);
        return saved.id;
      });
      // Re-read: the database fills in the defaults (time zone, country).
      return await this.getProgramme(id);
    } catch (error) {
      if (isUniqueViolation(error)) throw ProgrammeErrors.nameTaken('programme', input.name);
      throw error;
    }
  }

  async updateProgramme(id: string, changes: UpdateProgrammeDto): Promise<ProgrammeResponse> {
    return this.db.transaction(async (manager) => {
      const programme = await manager.findOne(Programme, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) throw ProgrammeErrors.programmeNotFound();
      const next = { ...programme, ...changes };
      assertPeriod(next.startsOn ?? undefined, next.endsOn ?? undefined);
      try {
        return toProgramme(await manager.save(Programme, next));
      } catch (error) {
        if (isUniqueViolation(error)) throw ProgrammeErrors.nameTaken('programme', next.name);
        throw error;
      }
    });
  }

  async listMunicipalities(
    viewer: AuthUser,
    programmeId?: string,
  ): Promise<MunicipalityResponse[]> {
    // Only admins look across programmes.
    const scope = viewer.role === 'admin' && programmeId ? programmeId : viewer.programmeId;
    const rows = await this.db
      .getRepository(Municipality)
      .find({ where: { programmeId: scope }, order: { name: 'ASC' } });
    return rows.map(toMunicipality);
  }

  async createMunicipality(input: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    await this.getProgramme(input.programmeId);
    const repository = this.db.getRepository(Municipality);
    try {
      return toMunicipality(
        await repository.save(repository.create({ ...input, name: input.name.trim() })),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw ProgrammeErrors.nameTaken('municipality', input.name);
      throw error;
    }
  }

  async updateMunicipality(
    id: string,
    changes: UpdateMunicipalityDto,
  ): Promise<MunicipalityResponse> {
    const repository = this.db.getRepository(Municipality);
    const municipality = await repository.findOneBy({ id });
    if (!municipality) throw ProgrammeErrors.municipalityNotFound();
    try {
      return toMunicipality(await repository.save({ ...municipality, ...changes }));
    } catch (error) {
      if (isUniqueViolation(error))
        throw ProgrammeErrors.nameTaken('municipality', changes.name ?? municipality.name);
      throw error;
    }
  }
}

function assertPeriod(startsOn?: string, endsOn?: string): void {
  if (startsOn && endsOn && endsOn < startsOn) throw ProgrammeErrors.periodReversed();
}

function toProgramme(p: Programme): ProgrammeResponse {
  return {
    id: p.id,
    name: p.name,
    funder: p.funder,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    timeZone: p.timeZone,
    country: p.country.trim(),
  };
}

function toMunicipality(m: Municipality): MunicipalityResponse {
  return { id: m.id, programmeId: m.programmeId, name: m.name, code: m.code };
}
