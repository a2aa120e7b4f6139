import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AssessmentDimension } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { AssessmentErrors, isUniqueViolation } from './assessment.errors';
import { type AssessmentActor, AssessmentRepository } from './assessment.repository';
import { seedDefaultDimensions } from './default-dimensions';
import { type CreateDimensionDto, type UpdateDimensionDto } from './dto/dimension.dto';

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'dimension'
  );
}

/** The programme's assessment dimensions: programme data that admins edit. */
@Injectable()
export class AssessmentDimensionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The programme's dimensions (inactive ones too), giving it the defaults if it has none. */
  async list(actor: AssessmentActor): Promise<AssessmentDimension[]> {
    const repository = new AssessmentRepository(this.db.manager);
    const dimensions = await repository.dimensions(actor.programmeId, false);
    if (dimensions.length > 0) return dimensions;
    await this.db.transaction((manager) => seedDefaultDimensions(manager, actor.programmeId));
    return repository.dimensions(actor.programmeId, false);
  }

  async create(actor: AssessmentActor, dto: CreateDimensionDto): Promise<AssessmentDimension> {
    const name = dto.name.trim();
    const key = dto.key ?? slug(name);
    try {
      const id = await this.db.transaction(async (manager) => {
        await seedDefaultDimensions(manager, actor.programmeId);
        const [row] = (await manager.query(
          `INSERT INTO assessment_dimension (programme_id, key, name, description, levels, upgrade_categories, position)
           VALUES ($1, $2, $3, $4, $5, $6,
                   COALESCE($7, (SELECT COALESCE(max(position) + 1, 0) FROM assessment_dimension WHERE programme_id = $1)))
           RETURNING id`,
          [
            actor.programmeId,
            key,
            name,
            dto.description?.trim() ?? '',
            JSON.stringify(dto.levels.map((level) => level.trim())),
            (dto.upgradeCategories ?? []).map((category) => category.trim()),
            dto.position ?? null,
          ],
        )) as { id: string }[];
        if (!row) throw new Error('INSERT INTO assessment_dimension returned no row');
        return row.id;
      });
      return this.get(actor, id);
    } catch (error) {
      const violation = isUniqueViolation(error);
      if (violation) {
        throw violation.constraint.includes('key')
          ? AssessmentErrors.dimensionTaken('key', key)
          : AssessmentErrors.dimensionTaken('name', name);
      }
      throw error;
    }
  }

  /**
   * Changes a dimension for the assessments that start from now on; assessments already started
   * keep the set they began with.
   */
  async update(
    actor: AssessmentActor,
    id: string,
    dto: UpdateDimensionDto,
  ): Promise<AssessmentDimension> {
    try {
      await this.db.transaction(async (manager) => {
        const current = await new AssessmentRepository(manager).dimension(
          actor.programmeId,
          id,
          true,
        );
        if (!current) throw AssessmentErrors.dimensionNotFound();
        await manager.query(
          `UPDATE assessment_dimension
              SET name = $2, description = $3, levels = $4, upgrade_categories = $5, position = $6,
                  active = $7, updated_at = now()
            WHERE id = $1`,
          [
            id,
            dto.name?.trim() ?? current.name,
            dto.description?.trim() ?? current.description,
            JSON.stringify(dto.levels?.map((level) => level.trim()) ?? current.levels),
            dto.upgradeCategories?.map((category) => category.trim()) ?? current.upgradeCategories,
            dto.position ?? current.position,
            dto.active ?? current.active,
          ],
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AssessmentErrors.dimensionTaken('name', dto.name ?? '');
      throw error;
    }
    return this.get(actor, id);
  }

  private async get(actor: AssessmentActor, id: string): Promise<AssessmentDimension> {
    const dimension = await new AssessmentRepository(this.db.manager).dimension(
      actor.programmeId,
      id,
    );
    if (!dimension) throw AssessmentErrors.dimensionNotFound();
    return dimension;
  }
}
