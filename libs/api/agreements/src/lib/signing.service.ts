import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AfterCommit,
  applyCaseEvent,
  type CaseActor,
  CaseParticipants,
  CaseRepository,
  type LockedCaseRow,
  recordCaseAudit,
} from '@techpact/api/cases';
import { type PendingSignature, type SigningResult, type SigningView } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementErrors } from './agreement.errors';
import { AgreementRepository, type SignerRow, type VersionRow } from './agreement.repository';
import { versionDetail } from './agreement-detail';
import { pdfFileName } from './agreement-transitions';
import { type PdfFile } from './agreements.service';
import { hashSigningToken, linkState, looksLikeToken } from './signing-link';

const AWAITING_SIGNATURE = 'agreement.awaitingSignature';

/** Where a signature comes from, recorded as evidence (DESIGN §5). */
export interface SigningEvidence {
  ip: string | null;
  userAgent: string | null;
}

/** The parts of the signed-in SME user that signing needs. */
export type SigningUser = CaseActor & { readonly id: string; readonly email: string };

interface Answer {
  result: SigningResult;
  afterCommit: readonly AfterCommit[];
}

interface Located {
  caseRow: LockedCaseRow;
  actor: CaseActor;
  version: VersionRow;
  signer: SignerRow;
}

/**
 * Signing and declining, through a link (no account: the token is the credential) or as a
 * signed-in SME user. Each answer is one transaction that locks the case first, so two signers
 * answering at once are serialized; the last signature sends SIGN through the lifecycle.
 */
@Injectable()
export class SigningService {
  private readonly logger = new Logger(SigningService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: CaseParticipants,
  ) {}

  async view(token: string): Promise<SigningView> {
    const repository = new AgreementRepository(this.db.manager);
    const signer = await this.signerOf(repository, token);
    const version = await repository.versionById(signer.versionId);
    if (!version) throw AgreementErrors.linkInvalid();
    const context = await repository.documentContext(version.caseId);
    const link = linkState(signer, version, new Date());
    const caseRow = await this.caseOf(this.db.manager, version.caseId);
    const ready = link.state === 'ready';
    const others = (await repository.signers(version.id)).filter((s) => s.id !== signer.id);
    let detail = null;
    if (ready) {
      detail = await versionDetail(
        this.db.manager,
        {
          id: version.caseId,
          state: caseRow.state,
          companyId: caseRow.companyId,
          programmeId: caseRow.programmeId,
        },
        version,
        false,
      );
      // The signer sees their own row; the others only by name (otherSigners).
      detail.signers = detail.signers.filter((s) => s.id === signer.id);
    }
    return {
      state: link.state,
      message:
        ready && caseRow.state !== AWAITING_SIGNATURE
          ? `The agreement cannot be signed at the moment (the case is ${caseRow.state === 'onHold' ? 'on hold' : `in ${caseRow.state}`}); the coordinator will let you know.`
          : link.message,
      signerName: signer.name,
      language: signer.language,
      company: context.company,
      programmeName: context.programmeName,
      version: detail,
      documentHash: ready ? version.documentHash : null,
      otherSigners: others.map((s) => ({ name: s.name, signed: s.signedAt !== null })),
    };
  }

  /** The frozen document of a link, while it can be signed and after the signer signed it. */
  async document(token: string): Promise<PdfFile> {
    const repository = new AgreementRepository(this.db.manager);
    const signer = await this.signerOf(repository, token);
    const version = await repository.versionById(signer.versionId);
    if (!version) throw AgreementErrors.linkInvalid();
    const link = linkState(signer, version, new Date());
    if (link.state !== 'ready' && link.state !== 'used')
      throw AgreementErrors.linkRefused(link.message);
    const content = await repository.documentPdf(version.id);
    if (!content) throw AgreementErrors.noDocument(version.number);
    const context = await repository.documentContext(version.caseId);
    return { filename: pdfFileName(context.company.name, version.number, false), content };
  }

  async signWithLink(
    token: string,
    request: { fullName: string; consent: boolean; documentHash: string },
    evidence: SigningEvidence,
  ): Promise<SigningResult> {
    return this.run((manager) =>
      this.locateByToken(manager, token).then((found) =>
        this.sign(manager, found, request, evidence),
      ),
    );
  }

  async declineWithLink(token: string, reason: string): Promise<SigningResult> {
    return this.run((manager) =>
      this.locateByToken(manager, token).then((found) => this.decline(manager, found, reason)),
    );
  }

  async signAsUser(
    user: SigningUser,
    caseId: string,
    number: number,
    request: { fullName: string; consent: boolean; documentHash: string },
    evidence: SigningEvidence,
  ): Promise<SigningResult> {
    return this.run((manager) =>
      this.locateForUser(manager, user, caseId, number).then((found) =>
        this.sign(manager, found, request, evidence),
      ),
    );
  }

  async declineAsUser(
    user: SigningUser,
    caseId: string,
    number: number,
    reason: string,
  ): Promise<SigningResult> {
    return this.run((manager) =>
      this.locateForUser(manager, user, caseId, number).then((found) =>
        this.decline(manager, found, reason),
      ),
    );
  }

  /** What the signed-in SME user is asked to sign: open links of their company naming them. */
  async pending(user: SigningUser): Promise<PendingSignature[]> {
    if (!user.companyId) return [];
    const rows = (await this.db.query(
      `SELECT cf.id AS "caseId",
              json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                                'country', trim(c.country)) AS company,
              v.number AS "versionNumber", v.title, v.sent_at AS "sentAt",
              s.link_expires_at AS "linkExpiresAt"
         FROM agreement_signer s
         JOIN agreement_version v ON v.id = s.version_id AND v.status = 'sent'
         JOIN case_file cf ON cf.id = v.case_id
         JOIN company c ON c.id = cf.company_id
        WHERE cf.company_id = $1 AND cf.programme_id = $2 AND (s.user_id = $3 OR s.email = $4)
          AND s.link_status = 'active' AND s.signed_at IS NULL AND s.declined_at IS NULL
        ORDER BY v.sent_at`,
      [user.companyId, user.programmeId, user.id, user.email.toLowerCase()],
    )) as (Omit<PendingSignature, 'sentAt' | 'linkExpiresAt'> & {
      sentAt: Date;
      linkExpiresAt: Date | null;
    })[];
    return rows.map((row) => ({
      ...row,
      sentAt: row.sentAt.toISOString(),
      linkExpiresAt: row.linkExpiresAt?.toISOString() ?? null,
    }));
  }

  private async run(work: (manager: EntityManager) => Promise<Answer>): Promise<SigningResult> {
    const answer = await this.db.transaction(work);
    for (const after of answer.afterCommit) {
      await after().catch((error: unknown) =>
        this.logger.error({ err: error }, `After a signature: ${String(error)}`),
      );
    }
    return answer.result;
  }

  private async signerOf(repository: AgreementRepository, token: string): Promise<SignerRow> {
    const signer = looksLikeToken(token)
      ? await repository.signerByTokenHash(hashSigningToken(token))
      : null;
    if (!signer) throw AgreementErrors.linkInvalid();
    return signer;
  }

  private async caseOf(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ state: string; companyId: string; programmeId: string }> {
    const [row] = (await manager.query(
      `SELECT state, company_id AS "companyId", programme_id AS "programmeId" FROM case_file WHERE id = $1`,
      [caseId],
    )) as { state: string; companyId: string; programmeId: string }[];
    if (!row) throw AgreementErrors.linkInvalid();
    return row;
  }

  /** The link's signer, version and locked case; refused, saying why, unless the link is ready. */
  private async locateByToken(manager: EntityManager, token: string): Promise<Located> {
    const repository = new AgreementRepository(manager);
    const first = await this.signerOf(repository, token);
    const version = await repository.versionById(first.versionId);
    if (!version) throw AgreementErrors.linkInvalid();
    const ids = await this.caseOf(manager, version.caseId);
    // Someone without an account acts for the company through the link.
    const actor: CaseActor = {
      id: null,
      role: 'sme',
      programmeId: ids.programmeId,
      municipalityIds: [],
      companyId: ids.companyId,
    };
    const caseRow = await new CaseRepository(manager).lockInScope(actor, version.caseId);
    if (!caseRow) throw AgreementErrors.linkInvalid();
    // Read again under the case lock: another signer or a recall may just have committed.
    const signer = await this.signerOf(repository, token);
    const current = await repository.versionById(signer.versionId);
    if (!current) throw AgreementErrors.linkInvalid();
    const link = linkState(signer, current, new Date());
    if (link.state !== 'ready') throw AgreementErrors.linkRefused(link.message);
    return { caseRow, actor, version: current, signer };
  }

  private async locateForUser(
    manager: EntityManager,
    user: SigningUser,
    caseId: string,
    number: number,
  ): Promise<Located> {
    const caseRow = await new CaseRepository(manager).lockInScope(user, caseId);
    if (!caseRow) throw AgreementErrors.caseNotFound();
    const repository = new AgreementRepository(manager);
    const version = await repository.versionByNumber(caseId, number);
    if (!version) throw AgreementErrors.versionNotFound(number);
    if (version.status !== 'sent')
      throw AgreementErrors.notAwaitingSignature(number, version.status);
    const email = user.email.toLowerCase();
    const signer = (await repository.signers(version.id, true)).find(
      (s) => s.userId === user.id || s.email === email,
    );
    if (!signer) throw AgreementErrors.notASigner(number);
    if (signer.signedAt) throw AgreementErrors.alreadySigned(signer.signedAt);
    const link = linkState(signer, version, new Date());
    if (link.state !== 'ready') throw AgreementErrors.linkRefused(link.message);
    return { caseRow, actor: user, version, signer };
  }

  private async sign(
    manager: EntityManager,
    { caseRow, actor, version, signer }: Located,
    request: { fullName: string; consent: boolean; documentHash: string },
    evidence: SigningEvidence,
  ): Promise<Answer> {
    if (request.consent !== true) throw AgreementErrors.consentRequired();
    const fullName = request.fullName.trim().replace(/\s+/g, ' ');
    if (fullName.length < 2) throw AgreementErrors.nameRequired();
    if (caseRow.state !== AWAITING_SIGNATURE)
      throw AgreementErrors.caseNotAwaitingSignature(caseRow.state);
    if (!version.documentHash || request.documentHash.toLowerCase() !== version.documentHash) {
      throw AgreementErrors.hashMismatch();
    }
    const repository = new AgreementRepository(manager);
    const signedAt = await repository.recordSignature(signer.id, {
      name: fullName,
      ip: evidence.ip,
      userAgent: evidence.userAgent?.slice(0, 1000) ?? null,
      hash: version.documentHash,
    });
    await recordCaseAudit(manager, actor, caseRow.id, 'AGREEMENT_SIGNED', {
      versionNumber: version.number,
      signerId: signer.id,
      signerName: fullName,
      signerEmail: signer.email,
      documentHash: version.documentHash,
      signedAt: signedAt.toISOString(),
    });
    const pending = (await repository.signers(version.id)).filter((s) => !s.signedAt);
    if (pending.length > 0) {
      return {
        result: {
          outcome: 'signed',
          message: `Thank you, your signature is recorded. The agreement still waits for ${pending.map((s) => s.name).join(', ')}.`,
        },
        afterCommit: [],
      };
    }
    const applied = await applyCaseEvent(
      manager,
      actor,
      caseRow.id,
      { command: { type: 'SIGN', versionHash: version.documentHash } },
      this.participants.all(),
    );
    return {
      result: {
        outcome: 'allSigned',
        message:
          'Thank you, your signature is recorded. Everyone has signed; the coordinator countersigns next and you will receive the signed agreement by e-mail.',
      },
      afterCommit: applied.afterCommit,
    };
  }

  private async decline(
    manager: EntityManager,
    { caseRow, actor, version, signer }: Located,
    reason: string,
  ): Promise<Answer> {
    const why = reason.trim();
    if (why.length === 0) throw AgreementErrors.reasonRequired();
    if (caseRow.state !== AWAITING_SIGNATURE)
      throw AgreementErrors.caseNotAwaitingSignature(caseRow.state);
    const repository = new AgreementRepository(manager);
    await repository.recordDecline(signer.id, why);
    await recordCaseAudit(manager, actor, caseRow.id, 'AGREEMENT_DECLINED', {
      versionNumber: version.number,
      signerId: signer.id,
      signerName: signer.name,
      signerEmail: signer.email,
      reason: why,
    });
    const applied = await applyCaseEvent(
      manager,
      actor,
      caseRow.id,
      { command: { type: 'DECLINE', reason: why } },
      this.participants.all(),
    );
    return {
      result: {
        outcome: 'declined',
        message:
          'Your answer is recorded: you declined this version. The coordinator has been told why.',
      },
      afterCommit: applied.afterCommit,
    };
  }
}
