import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseActor, CaseRepository, type LockedCaseRow } from '@techpact/api/cases';
import {
  type AgreementDiff,
  type AgreementOverview,
  type AgreementVersionDetail,
} from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementErrors } from './agreement.errors';
import { AgreementRepository, type UpgradeValues, type VersionRow } from './agreement.repository';
import { diffVersions } from './agreement-diff';
import { ensureDraft } from './agreement-drafts';
import { isActiveExpert, signerCandidates } from './agreement-people';
import { type AgreementCase, versionDetail } from './agreement-detail';
import { suggestedUpgrades } from './agreement-suggestions';
import { pdfFileName } from './agreement-transitions';
import { toSummary, toUpgrade } from './agreement-view';
import { type AddSuggestedUpgradesDto } from './dto/add-suggested.dto';
import { type SetSignersDto } from './dto/set-signers.dto';
import { type UpdateDraftDto } from './dto/update-draft.dto';
import { type CreateUpgradeDto, type UpdateUpgradeDto } from './dto/upgrade.dto';

const DRAFTING = 'agreement.drafting';

export interface PdfFile {
  filename: string;
  content: Buffer;
}

/**
 * Agreement versions of a case: reading them (everyone who sees the case) and editing the draft
 * (coordinators and admins, only while the case is in agreement.drafting). Every edit locks the
 * case row, so it never interleaves with SEND_FOR_SIGNATURE.
 */
@Injectable()
export class AgreementsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(actor: CaseActor, caseId: string): Promise<AgreementOverview> {
    await this.visibleCase(actor, caseId, true);
    const repository = new AgreementRepository(this.db.manager);
    const versions = await repository.versions(caseId);
    const summaries = [];
    for (const version of versions) {
      summaries.push(toSummary(version, await repository.upgrades(version.id)));
    }
    return {
      caseId,
      versions: summaries,
      inForceNumber: versions.find((v) => v.status === 'in_force')?.number ?? null,
      draftNumber: versions.find((v) => v.status === 'draft')?.number ?? null,
    };
  }

  async draft(actor: CaseActor, caseId: string): Promise<AgreementVersionDetail> {
    const found = await this.visibleCase(actor, caseId, true);
    const draft = await new AgreementRepository(this.db.manager).versionWithStatus(caseId, [
      'draft',
    ]);
    if (!draft) throw AgreementErrors.noDraft(found.state);
    return this.detail(this.db.manager, actor, found, draft);
  }

  async version(actor: CaseActor, caseId: string, number: number): Promise<AgreementVersionDetail> {
    const found = await this.visibleCase(actor, caseId, true);
    const version = await new AgreementRepository(this.db.manager).versionByNumber(caseId, number);
    if (!version) throw AgreementErrors.versionNotFound(number);
    return this.detail(this.db.manager, actor, found, version);
  }

  async updateDraft(
    actor: CaseActor,
    caseId: string,
    dto: UpdateDraftDto,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft) => {
      if (dto.expectedRowVersion !== undefined && dto.expectedRowVersion !== draft.rowVersion) {
        throw AgreementErrors.stale(draft.rowVersion, dto.expectedRowVersion);
      }
      await repository.updateDraftText(draft.id, {
        title: dto.title?.trim() || draft.title,
        summary: dto.summary?.trim() ?? draft.summary,
        goals: dto.goals?.trim() ?? draft.goals,
        ndaClause: dto.ndaClause === undefined ? draft.ndaClause : dto.ndaClause?.trim() || null,
      });
    });
  }

  async addUpgrade(
    actor: CaseActor,
    caseId: string,
    dto: CreateUpgradeDto,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft, manager) => {
      const values: UpgradeValues = {
        title: dto.title.trim(),
        description: dto.description?.trim() ?? '',
        category: dto.category?.trim() ?? '',
        expertId: dto.expertId ?? null,
        plannedHours: dto.plannedHours ?? null,
        targetDate: dto.targetDate ?? null,
        suggestionKey: null,
      };
      await this.checkExpert(manager, actor, values.expertId);
      await repository.insertUpgrade(draft.id, values);
      await repository.touch(draft.id);
    });
  }

  async updateUpgrade(
    actor: CaseActor,
    caseId: string,
    upgradeId: string,
    dto: UpdateUpgradeDto,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft, manager) => {
      const upgrades = await repository.upgrades(draft.id);
      const upgrade = upgrades.find((u) => u.id === upgradeId);
      if (!upgrade) throw AgreementErrors.upgradeNotFound();
      const values: UpgradeValues = {
        title: dto.title?.trim() || upgrade.title,
        description: dto.description?.trim() ?? upgrade.description,
        category: dto.category?.trim() ?? upgrade.category,
        expertId: dto.expertId === undefined ? (upgrade.expert?.id ?? null) : dto.expertId,
        plannedHours: dto.plannedHours === undefined ? upgrade.plannedHours : dto.plannedHours,
        targetDate: dto.targetDate === undefined ? upgrade.targetDate : dto.targetDate,
        suggestionKey: upgrade.suggestionKey,
      };
      if (dto.expertId) await this.checkExpert(manager, actor, dto.expertId);
      await repository.updateUpgrade(upgrade.id, values);
      if (dto.position !== undefined) {
        const ids = upgrades.map((u) => u.id).filter((id) => id !== upgrade.id);
        ids.splice(Math.min(dto.position, ids.length), 0, upgrade.id);
        await repository.reorderUpgrades(draft.id, ids);
      }
      await repository.touch(draft.id);
    });
  }

  async deleteUpgrade(
    actor: CaseActor,
    caseId: string,
    upgradeId: string,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft) => {
      const upgrades = await repository.upgrades(draft.id);
      if (!upgrades.some((u) => u.id === upgradeId)) throw AgreementErrors.upgradeNotFound();
      await repository.deleteUpgrade(upgradeId);
      await repository.reorderUpgrades(
        draft.id,
        upgrades.map((u) => u.id).filter((id) => id !== upgradeId),
      );
      await repository.touch(draft.id);
    });
  }

  /** One upgrade per suggestion key; keys already on the draft are skipped, unknown ones refused. */
  async addSuggested(
    actor: CaseActor,
    caseId: string,
    dto: AddSuggestedUpgradesDto,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft, manager) => {
      const taken = new Set(
        (await repository.upgrades(draft.id))
          .map((u) => u.suggestionKey)
          .filter((key): key is string => key !== null),
      );
      const available = new Map(
        (await suggestedUpgrades(manager, caseId, taken)).map((s) => [s.key, s]),
      );
      const keys = [...new Set(dto.keys)].filter((key) => !taken.has(key));
      const unknown = keys.filter((key) => !available.has(key));
      if (unknown.length > 0) throw AgreementErrors.unknownSuggestions(unknown);
      for (const key of keys) {
        const suggestion = available.get(key);
        if (!suggestion) continue;
        await repository.insertUpgrade(draft.id, {
          title: suggestion.category,
          description: `${suggestion.dimension}: level ${suggestion.score} in the baseline assessment.`,
          category: suggestion.category,
          expertId: null,
          plannedHours: null,
          targetDate: null,
          suggestionKey: key,
        });
      }
      await repository.touch(draft.id);
    });
  }

  /** Replaces the draft's SME signers with company contacts (with an e-mail) or SME users of the company. */
  async setSigners(
    actor: CaseActor,
    caseId: string,
    dto: SetSignersDto,
  ): Promise<AgreementVersionDetail> {
    return this.editDraft(actor, caseId, async (repository, draft, manager, caseRow) => {
      const candidates = await signerCandidates(manager, caseRow.companyId);
      const chosen = dto.signers.map((ref, index) => {
        if ((ref.contactId === undefined) === (ref.userId === undefined)) {
          throw AgreementErrors.signerInvalid(index, 'give either contactId or userId.');
        }
        const person = candidates.find((c) =>
          ref.contactId !== undefined ? c.contactId === ref.contactId : c.userId === ref.userId,
        );
        if (!person) {
          throw AgreementErrors.signerInvalid(
            index,
            ref.contactId !== undefined
              ? 'not a contact person of this company with an e-mail address.'
              : 'not an active SME user of this company.',
          );
        }
        return person;
      });
      const emails = new Set<string>();
      for (const person of chosen) {
        if (emails.has(person.email)) throw AgreementErrors.signerTwice(person.email);
        emails.add(person.email);
      }
      await repository.replaceSigners(draft.id, chosen);
      await repository.touch(draft.id);
    });
  }

  async pdf(
    actor: CaseActor,
    caseId: string,
    number: number,
    kind: 'document' | 'signed',
  ): Promise<PdfFile> {
    await this.visibleCase(actor, caseId);
    const repository = new AgreementRepository(this.db.manager);
    const version = await repository.versionByNumber(caseId, number);
    if (!version) throw AgreementErrors.versionNotFound(number);
    const content =
      kind === 'document'
        ? await repository.documentPdf(version.id)
        : await repository.signedPdf(version.id);
    if (!content) {
      throw kind === 'document'
        ? AgreementErrors.noDocument(number)
        : AgreementErrors.noSignedPdf(number);
    }
    const context = await repository.documentContext(caseId);
    return { filename: pdfFileName(context.company.name, number, kind === 'signed'), content };
  }

  async diff(actor: CaseActor, caseId: string, from: number, to: number): Promise<AgreementDiff> {
    if (from === to) throw AgreementErrors.badDiff();
    await this.visibleCase(actor, caseId);
    const repository = new AgreementRepository(this.db.manager);
    const side = async (number: number) => {
      const version = await repository.versionByNumber(caseId, number);
      if (!version) throw AgreementErrors.versionNotFound(number);
      return { ...version, upgrades: (await repository.upgrades(version.id)).map(toUpgrade) };
    };
    return diffVersions(await side(from), await side(to));
  }

  /**
   * The case if `actor` may see it (404 otherwise, as in the Cases API). With `withDraft`, a case
   * in agreement.drafting gets its draft now if it has none (e.g. after a RESUME).
   */
  private async visibleCase(
    actor: CaseActor,
    caseId: string,
    withDraft = false,
  ): Promise<AgreementCase> {
    const row = await new CaseRepository(this.db.manager).findInScope(actor, caseId);
    if (!row) throw AgreementErrors.caseNotFound();
    const found = {
      id: row.id,
      state: row.state,
      companyId: row.company.id,
      programmeId: actor.programmeId,
    };
    if (withDraft && found.state === DRAFTING) {
      const draft = await new AgreementRepository(this.db.manager).versionWithStatus(caseId, [
        'draft',
      ]);
      if (!draft) {
        await this.db.transaction(async (manager) => {
          const locked = await new CaseRepository(manager).lockInScope(actor, caseId);
          if (locked) await ensureDraft(manager, locked, actor.id);
        });
      }
    }
    return found;
  }

  /** Runs `edit` on the draft with the case locked; refuses, saying why, when nothing may change. */
  private async editDraft(
    actor: CaseActor,
    caseId: string,
    edit: (
      repository: AgreementRepository,
      draft: VersionRow,
      manager: EntityManager,
      caseRow: LockedCaseRow,
    ) => Promise<void>,
  ): Promise<AgreementVersionDetail> {
    const draftId = await this.db.transaction(async (manager) => {
      const caseRow = await new CaseRepository(manager).lockInScope(actor, caseId);
      if (!caseRow) throw AgreementErrors.caseNotFound();
      const repository = new AgreementRepository(manager);
      if (caseRow.state !== DRAFTING) throw await this.whyNotEditable(repository, caseRow);
      const draft = await ensureDraft(manager, caseRow, actor.id);
      if (!draft) throw AgreementErrors.notDrafting(caseRow.state);
      await edit(repository, draft, manager, caseRow);
      return draft.id;
    });
    const found = await this.visibleCase(actor, caseId);
    const draft = await new AgreementRepository(this.db.manager).versionById(draftId);
    if (!draft) throw AgreementErrors.noDraft(found.state);
    return this.detail(this.db.manager, actor, found, draft);
  }

  private async whyNotEditable(repository: AgreementRepository, caseRow: LockedCaseRow) {
    const out = await repository.versionWithStatus(caseRow.id, ['sent', 'signed']);
    if (out?.sentAt) return AgreementErrors.versionOut(out.number, out.sentAt);
    const inForce = await repository.versionWithStatus(caseRow.id, ['in_force']);
    if (inForce?.inForceAt) return AgreementErrors.inForce(inForce.number, inForce.inForceAt);
    return AgreementErrors.notDrafting(caseRow.state);
  }

  private async checkExpert(
    manager: EntityManager,
    actor: CaseActor,
    expertId: string | null,
  ): Promise<void> {
    if (expertId !== null && !(await isActiveExpert(manager, actor.programmeId, expertId))) {
      throw AgreementErrors.expertInvalid();
    }
  }

  private detail(
    manager: EntityManager,
    actor: CaseActor,
    found: AgreementCase,
    version: VersionRow,
  ): Promise<AgreementVersionDetail> {
    const editor = actor.role === 'admin' || actor.role === 'coordinator';
    return versionDetail(manager, found, version, editor);
  }
}
