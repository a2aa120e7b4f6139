import { type AgreementVersionDetail } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { AgreementRepository, type VersionRow } from './agreement.repository';
import { budgetHours } from './agreement-document';
import { signerCandidates } from './agreement-people';
import { suggestedUpgrades } from './agreement-suggestions';
import { hoursByExpert, toSigner, toSummary, toUpgrade } from './agreement-view';

/** A case as the agreement reads it. */
export interface AgreementCase {
  id: string;
  state: string;
  companyId: string;
  programmeId: string;
}

/**
 * A version as the agreement page and the signing page show it. `editor`: the reader may edit
 * drafts (coordinator, admin); only they see whom a draft could name as signers.
 */
export async function versionDetail(
  manager: EntityManager,
  found: AgreementCase,
  version: VersionRow,
  editor: boolean,
): Promise<AgreementVersionDetail> {
  const repository = new AgreementRepository(manager);
  const upgrades = await repository.upgrades(version.id);
  const signers = await repository.signers(version.id);
  const context = await repository.documentContext(found.id);
  const isDraft = version.status === 'draft';
  const taken = new Set(
    upgrades.map((u) => u.suggestionKey).filter((key): key is string => key !== null),
  );
  return {
    ...toSummary(version, upgrades),
    caseId: found.id,
    company: context.company,
    summary: version.summary,
    goals: version.goals,
    ndaClause: version.ndaClause,
    upgrades: upgrades.map(toUpgrade),
    signers: signers.map(toSigner),
    hoursByExpert: hoursByExpert(upgrades),
    budgetHours: budgetHours(context),
    suggestions: isDraft ? await suggestedUpgrades(manager, found.id, taken) : [],
    signerCandidates:
      isDraft && editor
        ? (await signerCandidates(manager, found.companyId)).map(
            ({ language: _language, ...candidate }) => candidate,
          )
        : [],
    countersignedAt: version.countersignedAt?.toISOString() ?? null,
    countersignedBy: version.countersignedBy,
    canEdit: editor && isDraft && found.state === 'agreement.drafting',
    rowVersion: version.rowVersion,
    hasSignedPdf: version.hasSignedPdf,
  };
}
