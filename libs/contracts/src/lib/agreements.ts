import type { RefSummary } from './auth';
import type { CaseCompanyRef } from './cases';

/* Technology agreement and signing API types (issue 5). */

export const AGREEMENT_VERSION_STATUSES = [
  'draft',
  'sent',
  'signed',
  'in_force',
  'superseded',
  'recalled',
  'declined',
] as const;
/** draft → sent → signed (every SME signer) → in_force → superseded; sent|signed → recalled; sent → declined. */
export type AgreementVersionStatus = (typeof AGREEMENT_VERSION_STATUSES)[number];

export const AGREEMENT_TEXT_MAX = 5000;
export const AGREEMENT_TITLE_MAX = 200;
export const UPGRADE_MAX_PLANNED_HOURS = 10000;

/** One agreed upgrade; it becomes an innovation activity once the version is in force. */
export interface AgreementUpgrade {
  id: string;
  /** Stable across versions (an amendment keeps it), so the activity carries on. */
  lineageId: string;
  position: number;
  title: string;
  description: string;
  category: string;
  expert: RefSummary | null;
  plannedHours: number | null;
  /** YYYY-MM-DD */
  targetDate: string | null;
  /** The assessment suggestion it was added from, if any. */
  suggestionKey: string | null;
}

/** `POST /api/cases/:caseId/agreement/draft/upgrades` */
export interface CreateUpgradeRequest {
  title: string;
  description?: string;
  category?: string;
  expertId?: string | null;
  plannedHours?: number | null;
  targetDate?: string | null;
}
/** `PATCH /api/cases/:caseId/agreement/draft/upgrades/:upgradeId` */
export type UpdateUpgradeRequest = Partial<CreateUpgradeRequest> & { position?: number };

/** `POST /api/cases/:caseId/agreement/draft/upgrades/from-suggestions`: one click per suggestion. */
export interface AddSuggestedUpgradesRequest {
  /** `UpgradeSuggestion` keys (`<dimensionId>:<category>`) as listed by the draft's `suggestions`. */
  keys: string[];
}

/** An upgrade the T0 assessment suggests and the draft does not have yet. */
export interface SuggestedUpgrade {
  key: string;
  dimension: string;
  score: number;
  category: string;
}

/** An SME signer of a version; evidence only once signed. */
export interface AgreementSigner {
  id: string;
  name: string;
  email: string;
  contactId: string | null;
  userId: string | null;
  status: 'pending' | 'signed' | 'declined';
  linkStatus: 'pending' | 'active' | 'used' | 'recalled' | 'superseded';
  linkExpiresAt: string | null;
  signedAt: string | null;
  signedName: string | null;
  signedHash: string | null;
  declinedAt: string | null;
  declineReason: string | null;
}

/** `PUT /api/cases/:caseId/agreement/draft/signers`: company contacts (with an e-mail) or SME users of the company. */
export interface SetSignersRequest {
  signers: ({ contactId: string } | { userId: string })[];
}

/** A person the draft may name as SME signer. */
export interface SignerCandidate {
  contactId: string | null;
  userId: string | null;
  name: string;
  email: string;
}

export interface PlannedHoursByExpert {
  expert: RefSummary;
  plannedHours: number;
}

export interface AgreementVersionSummary {
  id: string;
  number: number;
  status: AgreementVersionStatus;
  title: string;
  amendsVersionNumber: number | null;
  documentHash: string | null;
  sentAt: string | null;
  inForceAt: string | null;
  totalPlannedHours: number;
  upgradeCount: number;
}

/** `GET /api/cases/:caseId/agreement/versions/:number` (and `…/draft`). */
export interface AgreementVersionDetail extends AgreementVersionSummary {
  caseId: string;
  company: CaseCompanyRef;
  summary: string;
  goals: string;
  ndaClause: string | null;
  upgrades: AgreementUpgrade[];
  signers: AgreementSigner[];
  hoursByExpert: PlannedHoursByExpert[];
  /** The programme's planned-hours budget per agreement (programme setting). */
  budgetHours: number;
  /** Only for a draft: what the T0 assessment suggests and the draft does not have. */
  suggestions: SuggestedUpgrade[];
  /** Only for a draft: people who may be named as signers. */
  signerCandidates: SignerCandidate[];
  countersignedAt: string | null;
  countersignedBy: RefSummary | null;
  /** Whether the caller may edit it now (coordinator/admin, draft, case in agreement.drafting). */
  canEdit: boolean;
  /** Optimistic concurrency for the draft's PATCH. */
  rowVersion: number;
  hasSignedPdf: boolean;
}

/** `GET /api/cases/:caseId/agreement`: every version, newest first, and which is in force. */
export interface AgreementOverview {
  caseId: string;
  versions: AgreementVersionSummary[];
  inForceNumber: number | null;
  draftNumber: number | null;
}

/** `PATCH /api/cases/:caseId/agreement/draft` */
export interface UpdateDraftRequest {
  title?: string;
  summary?: string;
  goals?: string;
  ndaClause?: string | null;
  /** The draft's `rowVersion` the caller edited; a stale one is refused with 409. */
  expectedRowVersion?: number;
}

/** One changed field of an upgrade between two versions. */
export interface UpgradeFieldChange {
  field: 'title' | 'description' | 'category' | 'expert' | 'plannedHours' | 'targetDate';
  from: string | number | null;
  to: string | number | null;
}

/** `GET /api/cases/:caseId/agreement/diff?from=1&to=2` */
export interface AgreementDiff {
  fromNumber: number;
  toNumber: number;
  added: AgreementUpgrade[];
  removed: AgreementUpgrade[];
  changed: { lineageId: string; title: string; changes: UpgradeFieldChange[] }[];
  /** Text fields of the version that changed (title, summary, goals, ndaClause). */
  changedFields: string[];
  totalPlannedHours: { from: number; to: number };
}

export const SIGNING_LINK_STATES = [
  'ready',
  'used',
  'expired',
  'recalled',
  'superseded',
  'declined',
] as const;
/** What a signing link can find: `ready` to sign, or why it cannot be used. */
export type SigningLinkState = (typeof SIGNING_LINK_STATES)[number];

/**
 * `GET /api/signing/:token` (public; the token is the credential). When `state` is not `ready`
 * the document fields are null and `message` says why in plain words. A token that matches no
 * link at all is answered 404 ("This signing link is not valid…"). POSTs to a link that is not
 * `ready` are refused with 410 and the same message.
 */
export interface SigningView {
  state: SigningLinkState;
  message: string;
  signerName: string | null;
  language: 'en' | 'da';
  company: CaseCompanyRef | null;
  programmeName: string | null;
  version: AgreementVersionDetail | null;
  documentHash: string | null;
  /** Other SME signers of the version and whether they have signed. */
  otherSigners: { name: string; signed: boolean }[];
}

/** `POST /api/signing/:token/sign` (and the signed-in SME's `POST …/versions/:number/sign`). */
export interface SignRequest {
  /** The signer's typed full name. */
  fullName: string;
  /** The consent checkbox; must be true. */
  consent: boolean;
  /** The SHA-256 shown to the signer; must equal the sent version's hash. */
  documentHash: string;
}

/** `POST /api/signing/:token/decline` (and the signed-in SME's `POST …/versions/:number/decline`). */
export interface DeclineRequest {
  reason: string;
}

export interface SigningResult {
  /** `signed` when others still have to sign; `allSigned` when the agreement now awaits the countersignature. */
  outcome: 'signed' | 'allSigned' | 'declined';
  message: string;
}

/** `GET /api/me/signatures`: what the signed-in SME user is asked to sign. */
export interface PendingSignature {
  caseId: string;
  company: CaseCompanyRef;
  versionNumber: number;
  title: string;
  sentAt: string;
  linkExpiresAt: string | null;
}
