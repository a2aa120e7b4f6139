import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AssessmentDimension,
  type AssessmentKind,
  type AssessmentListItem,
  type AssessmentResponse,
  type AssessmentScore,
  type CaseAssessmentsResponse,
  type Page,
} from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentErrors } from './assessment.errors';
import {
  type AssessedCase,
  type AssessmentActor,
  type AssessmentRow,
  AssessmentRepository,
} from './assessment.repository';
import { compareAssessments, suggestUpgrades } from './assessment-suggestions';
import { seedDefaultDimensions } from './default-dimensions';
import { type ListAssessmentsQueryDto } from './dto/list-assessments.query';
import { type SaveAssessmentDto } from './dto/save-assessment.dto';

/** The case state in which each kind of assessment is filled in. */
export const ASSESSMENT_STATE: { readonly [K in AssessmentKind]: string } = {
  T0: 'assessment.inProgress',
  T1: 'completion',
};

/** Readers: admins, the coordinators of the case's municipality, the assigned experts. */
function maySee(actor: AssessmentActor, found: AssessedCase): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return actor.municipalityIds.includes(found.municipalityId);
    case 'expert':
      return found.assigned;
    case 'sme':
      return false;
  }
}

/** Names of the dimensions of `dimensions` without a score. */
export function missingDimensions(
  dimensions: readonly AssessmentDimension[],
  scores: readonly AssessmentScore[],
): string[] {
  const scored = new Set(scores.filter((s) => s.score !== null).map((s) => s.dimensionId));
  return dimensions.filter((d) => !scored.has(d.id)).map((d) => d.name);
}

/**
 * Baseline (T0) and follow-up (T1) assessments of a case. The assigned expert writes drafts while
 * the case is in the matching state; SUBMIT_ASSESSMENT (the lifecycle) submits T0, `submit` T1.
 */
@Injectable()
export class AssessmentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    actor: AssessmentActor,
    query: ListAssessmentsQueryDto,
  ): Promise<Page<AssessmentListItem>> {
    const { items, total } = await new AssessmentRepository(this.db.manager).list(actor, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async get(
    actor: AssessmentActor,
    caseId: string,
    kind: AssessmentKind,
  ): Promise<AssessmentResponse> {
    const repository = new AssessmentRepository(this.db.manager);
    const found = await this.visibleCase(repository, actor, caseId);
    return this.view(repository, actor, found, kind);
  }

  /** T0 beside T1, the difference per dimension and the upgrade suggestions of T0. */
  async overview(actor: AssessmentActor, caseId: string): Promise<CaseAssessmentsResponse> {
    const repository = new AssessmentRepository(this.db.manager);
    const found = await this.visibleCase(repository, actor, caseId);
    const t0 = await this.view(repository, actor, found, 'T0');
    const t1 = await this.view(repository, actor, found, 'T1');
    const current = await repository.dimensions(found.programmeId, false);
    return {
      caseId,
      t0,
      t1,
      comparison: compareAssessments(t0, t1),
      suggestions: suggestUpgrades(
        t0.dimensions,
        t0.scores,
        new Map(current.map((d) => [d.id, d.upgradeCategories])),
      ),
    };
  }

  /**
   * Saves the draft: the scores listed replace the stored ones (dimensions not listed are
   * unscored). Unknown or repeated dimensions are refused before anything is written; saving
   * the same body again changes nothing (not even `updatedAt`).
   */
  async save(
    actor: AssessmentActor,
    caseId: string,
    kind: AssessmentKind,
    dto: SaveAssessmentDto,
  ): Promise<AssessmentResponse> {
    await this.db.transaction(async (manager) => {
      const repository = new AssessmentRepository(manager);
      const found = await this.writableCase(repository, actor, caseId, kind);
      const seen = new Map<string, number>();
      for (const [index, score] of dto.scores.entries()) {
        if (seen.has(score.dimensionId))
          throw AssessmentErrors.duplicateDimension(index, score.dimensionId);
        seen.set(score.dimensionId, index);
      }
      let row = await repository.assessment(caseId, kind, true);
      const dimensions =
        row?.dimensions ?? (await this.dimensionsFor(manager, repository, found, kind));
      const known = new Set(dimensions.map((d) => d.id));
      const unknown = dto.scores
        .map((score, index) => ({ index, id: score.dimensionId }))
        .filter((entry) => !known.has(entry.id));
      if (unknown.length > 0) throw AssessmentErrors.unknownDimensions(unknown);
      if (row?.submittedAt) throw AssessmentErrors.submitted(kind);

      // Stored in the order of the dimensions; a score without value or notes is no row.
      const order = new Map(dimensions.map((d, index) => [d.id, index]));
      const scores: AssessmentScore[] = dto.scores
        .map((s) => ({
          dimensionId: s.dimensionId,
          score: s.score ?? null,
          notes: s.notes?.trim() ?? '',
        }))
        .filter((s) => s.score !== null || s.notes !== '')
        .sort((a, b) => (order.get(a.dimensionId) ?? 0) - (order.get(b.dimensionId) ?? 0));
      const summary = dto.summary?.trim() ?? row?.summary ?? '';
      if (!row) {
        const id = await repository.insertAssessment(caseId, kind, dimensions, actor.id);
        row = {
          id,
          dimensions,
          summary: '',
          updatedAt: new Date(),
          updatedBy: null,
          submittedAt: null,
          submittedBy: null,
        };
      } else if (summary === row.summary && sameScores(await repository.scores(row.id), scores)) {
        return;
      }
      await repository.saveDraft(row.id, summary, scores, actor.id);
    });
    return this.get(actor, caseId, kind);
  }

  /** Submits the follow-up (T1); 422 naming the dimensions without a score. */
  async submitFollowUp(actor: AssessmentActor, caseId: string): Promise<AssessmentResponse> {
    await this.db.transaction(async (manager) => {
      const repository = new AssessmentRepository(manager);
      await this.writableCase(repository, actor, caseId, 'T1');
      const row = await repository.assessment(caseId, 'T1', true);
      if (row?.submittedAt) throw AssessmentErrors.submitted('T1');
      const dimensions = row?.dimensions ?? (await repository.dimensions(actor.programmeId, true));
      const missing = missingDimensions(dimensions, row ? await repository.scores(row.id) : []);
      if (!row || missing.length > 0) throw AssessmentErrors.incomplete(missing);
      await repository.markSubmitted(row.id, actor.id);
    });
    return this.get(actor, caseId, 'T1');
  }

  private async visibleCase(
    repository: AssessmentRepository,
    actor: AssessmentActor,
    caseId: string,
    lock = false,
  ): Promise<AssessedCase> {
    const found = await repository.findCase(actor, caseId, lock);
    // Outside the caller's scope the case does not exist for them (as in the Cases API).
    if (!found || !maySee(actor, found)) throw AssessmentErrors.caseNotFound();
    return found;
  }

  /** Locks the case: a draft save and SUBMIT_ASSESSMENT (which locks it too) never interleave. */
  private async writableCase(
    repository: AssessmentRepository,
    actor: AssessmentActor,
    caseId: string,
    kind: AssessmentKind,
  ): Promise<AssessedCase> {
    const found = await this.visibleCase(repository, actor, caseId, true);
    if (actor.role !== 'expert' || !found.assigned) throw AssessmentErrors.notTheExpert();
    if (found.state !== ASSESSMENT_STATE[kind]) {
      const row = await repository.assessment(caseId, kind);
      if (row?.submittedAt) throw AssessmentErrors.submitted(kind);
      throw AssessmentErrors.wrongState(kind, found.state);
    }
    return found;
  }

  /** The dimension set a new assessment takes: T1 that of T0 (to compare like with like), else the programme's active ones. */
  private async dimensionsFor(
    manager: EntityManager,
    repository: AssessmentRepository,
    found: AssessedCase,
    kind: AssessmentKind,
  ): Promise<AssessmentDimension[]> {
    if (kind === 'T1') {
      const baseline = await repository.assessment(found.id, 'T0');
      if (baseline) return baseline.dimensions;
    }
    let dimensions = await repository.dimensions(found.programmeId, true);
    if (dimensions.length === 0) {
      await seedDefaultDimensions(manager, found.programmeId);
      dimensions = await repository.dimensions(found.programmeId, true);
    }
    return dimensions;
  }

  private async view(
    repository: AssessmentRepository,
    actor: AssessmentActor,
    found: AssessedCase,
    kind: AssessmentKind,
  ): Promise<AssessmentResponse> {
    const row: AssessmentRow | null = await repository.assessment(found.id, kind);
    let dimensions = row?.dimensions;
    if (!dimensions) {
      const baseline = kind === 'T1' ? await repository.assessment(found.id, 'T0') : null;
      dimensions =
        baseline?.dimensions ?? (await this.currentDimensions(repository, found.programmeId));
    }
    const stored = row ? await repository.scores(row.id) : [];
    const byId = new Map(stored.map((s) => [s.dimensionId, s]));
    const scores = dimensions.map(
      (d) => byId.get(d.id) ?? { dimensionId: d.id, score: null, notes: '' },
    );
    return {
      id: row?.id ?? null,
      caseId: found.id,
      kind,
      status: !row ? 'notStarted' : row.submittedAt ? 'submitted' : 'draft',
      dimensions,
      scores,
      summary: row?.summary ?? '',
      missingDimensions: missingDimensions(dimensions, scores),
      canEdit:
        actor.role === 'expert' &&
        found.assigned &&
        found.state === ASSESSMENT_STATE[kind] &&
        !row?.submittedAt,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
      submittedAt: row?.submittedAt?.toISOString() ?? null,
      submittedBy: row?.submittedBy ?? null,
    };
  }

  /** The programme's active dimensions, giving it the defaults first if it has none. */
  private async currentDimensions(
    repository: AssessmentRepository,
    programmeId: string,
  ): Promise<AssessmentDimension[]> {
    const dimensions = await repository.dimensions(programmeId, true);
    if (dimensions.length > 0) return dimensions;
    await this.db.transaction((manager) => seedDefaultDimensions(manager, programmeId));
    return repository.dimensions(programmeId, true);
  }
}

function sameScores(a: readonly AssessmentScore[], b: readonly AssessmentScore[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((s) => [s.dimensionId, s]));
  return b.every((s) => {
    const other = byId.get(s.dimensionId);
    return other !== undefined && other.score === s.score && other.notes === s.notes;
  });
}
