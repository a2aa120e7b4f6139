import { Injectable, Logger } from '@nestjs/common';
import { type AfterCommit, type AppliedTransitionContext } from '@techpact/api/cases';
import {
  buildSignedAgreementPdf,
  renderAgreementPdf,
  sha256Hex,
  SigningCertificateService,
} from '@techpact/api/documents';
import { AgreementErrors } from './agreement.errors';
import { AgreementRepository, type SignerRow, type VersionRow } from './agreement.repository';
import {
  agreementDocumentInput,
  documentLanguage,
  signingLinkDays,
  TIMELINE_LABELS,
} from './agreement-document';
import { createDraftFrom, ensureDraft } from './agreement-drafts';
import { AgreementMailer, type MailRecipient } from './agreement-mailer';
import { newSigningToken } from './signing-link';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The file name of a version's PDFs. */
export function pdfFileName(companyName: string, number: number, signed: boolean): string {
  const slug = companyName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `agreement-${slug || 'company'}-v${number}${signed ? '-signed' : ''}.pdf`;
}

/** One recipient per e-mail address, the first one listed winning. */
function uniqueRecipients(recipients: readonly MailRecipient[]): MailRecipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = recipient.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the agreements feature does inside a case transition (see `AgreementsParticipant`). */
@Injectable()
export class AgreementTransitions {
  private readonly logger = new Logger(AgreementTransitions.name);

  constructor(
    private readonly certificates: SigningCertificateService,
    private readonly mailer: AgreementMailer,
  ) {}

  /** Entering agreement.drafting after the assessment: version 1 (if none yet). */
  async afterAssessment(context: AppliedTransitionContext): Promise<void> {
    await ensureDraft(
      context.manager,
      { id: context.caseRow.id, state: context.toState },
      context.actor.id,
    );
  }

  /** SEND_FOR_SIGNATURE: freeze the draft as a PDF and its hash, one link per signer. */
  async send(context: AppliedTransitionContext): Promise<AfterCommit> {
    const { manager, caseRow, actor, occurredAt } = context;
    const repository = new AgreementRepository(manager);
    const draft = await repository.versionWithStatus(caseRow.id, ['draft'], true);
    if (!draft) throw AgreementErrors.noDraft(caseRow.state);
    const signers = await repository.signers(draft.id, true);
    if (signers.length === 0) throw AgreementErrors.noSigners();
    const upgrades = await repository.upgrades(draft.id);
    const documentContext = await repository.documentContext(caseRow.id);
    const pdf = await renderAgreementPdf(
      agreementDocumentInput(documentContext, draft, upgrades, occurredAt),
    );
    const expiresAt = new Date(occurredAt.getTime() + signingLinkDays(documentContext) * DAY_MS);
    await repository.markSent(draft.id, {
      pdf,
      hash: sha256Hex(pdf),
      sentAt: occurredAt,
      sentBy: actor.id,
      expiresAt,
    });
    const links = signers.map((signer) => ({ signer, ...newSigningToken() }));
    for (const link of links) await repository.activateLink(link.signer.id, link.hash, expiresAt);

    // The tokens exist only here and in the e-mails: the database keeps their hashes.
    return async () => {
      for (const { signer, token } of links) {
        await this.mailer
          .signingRequest(signer, token, {
            companyName: documentContext.company.name,
            programmeName: documentContext.programmeName,
            versionNumber: draft.number,
            title: draft.title,
            coordinatorName: documentContext.coordinator?.name ?? null,
            expiresAt,
            timeZone: documentContext.programmeTimeZone,
          })
          .catch((error: unknown) =>
            this.logger.error({ err: error }, `Signing request to ${signer.email}`),
          );
      }
    };
  }

  /** DECLINE: the version is declined, its links end, a new draft starts from it. */
  async decline(context: AppliedTransitionContext, reason: string): Promise<void> {
    const { manager, caseRow, actor } = context;
    const repository = new AgreementRepository(manager);
    const out = await repository.versionWithStatus(caseRow.id, ['sent'], true);
    if (!out) return;
    const signers = await repository.signers(out.id, true);
    if (!signers.some((signer) => signer.declinedAt)) {
      // Sent on the case's events endpoint rather than the signing page: the SME user must be a signer.
      const own = actor.id ? await this.signerOfUser(repository, signers, actor.id) : undefined;
      if (actor.role === 'sme' && !own) throw AgreementErrors.notASigner(out.number);
      if (own) await repository.recordDecline(own.id, reason);
    }
    await repository.setStatus(out.id, 'declined', reason);
    await repository.closeLinks(out.id, 'superseded');
    await createDraftFrom(manager, out, out.amendsVersionId, actor.id);
  }

  /** SIGN: only after every named signer signed on their page (which records the evidence). */
  async allSigned(context: AppliedTransitionContext): Promise<void> {
    const repository = new AgreementRepository(context.manager);
    const out = await repository.versionWithStatus(context.caseRow.id, ['sent'], true);
    if (!out) throw AgreementErrors.nothingOut();
    const pending = (await repository.signers(out.id)).filter((signer) => !signer.signedAt);
    if (pending.length > 0) throw AgreementErrors.missingSignatures(pending.map((s) => s.name));
    await repository.setStatus(out.id, 'signed');
  }

  /** RECALL: the version out is recalled, its links end, a new draft starts from it. */
  async recall(context: AppliedTransitionContext): Promise<void> {
    const repository = new AgreementRepository(context.manager);
    const out = await repository.versionWithStatus(context.caseRow.id, ['sent', 'signed'], true);
    if (!out) return;
    await repository.setStatus(out.id, 'recalled');
    await repository.closeLinks(out.id, 'recalled');
    await createDraftFrom(context.manager, out, out.amendsVersionId, context.actor.id);
  }

  /** WITHDRAW: a version out for signature is recalled with the case's reason. */
  async withdraw(context: AppliedTransitionContext, reason: string): Promise<void> {
    const repository = new AgreementRepository(context.manager);
    const out = await repository.versionWithStatus(context.caseRow.id, ['sent', 'signed'], true);
    if (!out) return;
    await repository.setStatus(out.id, 'recalled', `Case withdrawn: ${reason}`.slice(0, 2000));
    await repository.closeLinks(out.id, 'recalled');
  }

  /** AMEND_AGREEMENT: a new draft from the version in force, which stays in force. */
  async amend(context: AppliedTransitionContext): Promise<void> {
    const repository = new AgreementRepository(context.manager);
    const inForce = await repository.versionWithStatus(context.caseRow.id, ['in_force']);
    if (!inForce) {
      await ensureDraft(
        context.manager,
        { id: context.caseRow.id, state: context.toState },
        context.actor.id,
      );
      return;
    }
    if (await repository.versionWithStatus(context.caseRow.id, ['draft'])) return;
    await createDraftFrom(context.manager, inForce, inForce.id, context.actor.id);
  }

  /**
   * COUNTERSIGN: the signed PDF (agreement, certificate page, PAdES seal) is made and stored; the
   * version is in force and the one before it superseded. Everyone involved gets the PDF.
   */
  async countersign(context: AppliedTransitionContext): Promise<AfterCommit> {
    const { manager, caseRow, actor, occurredAt } = context;
    const repository = new AgreementRepository(manager);
    const out = await repository.versionWithStatus(caseRow.id, ['signed'], true);
    if (!out) throw AgreementErrors.nothingToCountersign();
    const countersigner = actor.id ? await repository.userRef(actor.id) : null;
    if (!countersigner) throw new Error('COUNTERSIGN needs a signed-in countersigner');
    const signers = await repository.signers(out.id);
    const documentPdf = await repository.documentPdf(out.id);
    if (!documentPdf || !out.documentHash || !out.sentAt) {
      throw new Error(`Version ${out.id} is signed but has no frozen document`);
    }
    const documentContext = await repository.documentContext(caseRow.id);
    const language = documentLanguage(documentContext);
    const signedPdf = await buildSignedAgreementPdf(
      {
        language,
        documentPdf,
        documentHash: out.documentHash,
        signers: signers.map((signer) => evidenceOf(signer, out)),
        countersignature: {
          name: countersigner.name,
          email: countersigner.email,
          signedAt: occurredAt,
        },
        timeline: timelineOf(language, out, signers, countersigner.name, occurredAt),
        timeZone: documentContext.programmeTimeZone,
      },
      await this.certificates.certificate(),
    );
    const signedHash = sha256Hex(signedPdf);
    const previous = await repository.versionWithStatus(caseRow.id, ['in_force'], true);
    if (previous) await repository.setStatus(previous.id, 'superseded');
    await repository.markInForce(out.id, {
      pdf: signedPdf,
      hash: signedHash,
      at: occurredAt,
      by: actor.id,
    });
    // The experts who carry out the upgrades work on the case from now on.
    await repository.assignExperts(caseRow.id, out.id);

    const recipients = uniqueRecipients([
      ...signers,
      ...(documentContext.coordinator ? [documentContext.coordinator] : []),
      countersigner,
      ...(await repository.upgradeExperts(out.id)),
    ]);
    return () =>
      this.mailer.agreementInForce(
        recipients,
        {
          companyName: documentContext.company.name,
          programmeName: documentContext.programmeName,
          versionNumber: out.number,
          title: out.title,
          signedPdfHash: signedHash,
        },
        {
          filename: pdfFileName(documentContext.company.name, out.number, true),
          content: signedPdf,
        },
      );
  }

  private async signerOfUser(
    repository: AgreementRepository,
    signers: readonly SignerRow[],
    userId: string,
  ): Promise<SignerRow | undefined> {
    const user = await repository.userRef(userId);
    return signers.find(
      (signer) => signer.userId === userId || (user !== null && signer.email === user.email),
    );
  }
}

function evidenceOf(signer: SignerRow, version: VersionRow) {
  if (!signer.signedAt || !signer.signedName || !signer.signedHash) {
    throw new Error(`Signer ${signer.id} of version ${version.id} has not signed`);
  }
  return {
    name: signer.signedName,
    email: signer.email,
    signedAt: signer.signedAt,
    ip: signer.signedIp ?? '',
    userAgent: signer.signedUserAgent ?? '',
    documentHash: signer.signedHash,
    linkId: signer.id,
  };
}

function timelineOf(
  language: 'en' | 'da',
  version: VersionRow,
  signers: readonly SignerRow[],
  countersignerName: string,
  countersignedAt: Date,
): { at: Date; label: string }[] {
  const t = TIMELINE_LABELS[language];
  const entries: { at: Date; label: string }[] = [];
  if (version.sentAt)
    entries.push({ at: version.sentAt, label: t.sent(version.sentBy?.name ?? '—') });
  for (const signer of signers) {
    if (signer.signedAt)
      entries.push({ at: signer.signedAt, label: t.signed(signer.signedName ?? signer.name) });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  entries.push({ at: countersignedAt, label: t.countersigned(countersignerName) });
  return entries;
}
