import { type EntityManager } from 'typeorm';
import { AgreementRepository, type VersionRow } from './agreement.repository';

const DRAFTING = 'agreement.drafting';

/**
 * A new draft prefilled from `from` (text, upgrades with their lineage, signers with fresh
 * links). `amendsVersionId` is the version in force it would replace, if any.
 */
export async function createDraftFrom(
  manager: EntityManager,
  from: VersionRow,
  amendsVersionId: string | null,
  actorId: string | null,
): Promise<string> {
  const repository = new AgreementRepository(manager);
  const id = await repository.insertDraft({
    caseId: from.caseId,
    amendsVersionId,
    title: from.title,
    summary: from.summary,
    goals: from.goals,
    ndaClause: from.ndaClause,
    createdBy: actorId,
  });
  await repository.copyContent(from.id, id);
  return id;
}

/**
 * The case's draft, created when the case is in agreement.drafting and has none (version 1 when
 * nothing was drafted yet, else prefilled from the latest version: after a recall or a decline,
 * or an amendment of the version in force). Call with the case row locked. Null outside drafting.
 */
export async function ensureDraft(
  manager: EntityManager,
  caseRow: { id: string; state: string },
  actorId: string | null,
): Promise<VersionRow | null> {
  const repository = new AgreementRepository(manager);
  const draft = await repository.versionWithStatus(caseRow.id, ['draft']);
  if (draft || caseRow.state !== DRAFTING) return draft;
  const latest = await repository.latestVersion(caseRow.id);
  let id: string;
  if (latest) {
    const inForce = await repository.versionWithStatus(caseRow.id, ['in_force']);
    const amends =
      latest.status === 'in_force' ? latest.id : (latest.amendsVersionId ?? inForce?.id ?? null);
    id = await createDraftFrom(manager, latest, amends, actorId);
  } else {
    const context = await repository.documentContext(caseRow.id);
    id = await repository.insertDraft({
      caseId: caseRow.id,
      amendsVersionId: null,
      title: `Technology agreement: ${context.company.name}`.slice(0, 200),
      summary: '',
      goals: '',
      ndaClause: null,
      createdBy: actorId,
    });
  }
  const created = await repository.versionById(id);
  if (!created) throw new Error(`Draft ${id} was not created`);
  return created;
}
