import { AppError, ErrorCode } from '@techpact/api/infra-http';

const day = (at: Date) => at.toISOString().slice(0, 10);

export const AgreementErrors = {
  caseNotFound: () => new AppError(ErrorCode.NotFound, 'Case not found.'),
  versionNotFound: (number: number) =>
    new AppError(ErrorCode.NotFound, `The agreement has no version ${number}.`),
  noDraft: (state: string) =>
    new AppError(
      ErrorCode.NotFound,
      `The agreement has no draft: drafts exist only while the case is in agreement.drafting (it is in ${state}).`,
    ),
  versionOut: (number: number, sentAt: Date) =>
    new AppError(
      ErrorCode.Conflict,
      `Version ${number} was sent for signature on ${day(sentAt)} and can no longer change; recall it to edit a new draft.`,
    ),
  inForce: (number: number, since: Date) =>
    new AppError(
      ErrorCode.Conflict,
      `Version ${number} is in force since ${day(since)} and can no longer change; amend the agreement to draft a new version.`,
    ),
  notDrafting: (state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The agreement can be edited only while the case is in agreement.drafting; it is in ${state}.`,
    ),
  notTheDraft: (number: number, status: string) =>
    new AppError(
      ErrorCode.Conflict,
      `Version ${number} is ${status}, not a draft, and can no longer change.`,
    ),
  stale: (current: number, expected: number) =>
    new AppError(
      ErrorCode.Conflict,
      `The draft changed since you loaded it (it is at rowVersion ${current}, you sent ${expected}). Reload it and apply your change again.`,
      [{ field: 'expectedRowVersion', message: `The current rowVersion is ${current}.` }],
    ),
  upgradeNotFound: () =>
    new AppError(ErrorCode.NotFound, 'The draft has no such upgrade (it may have been removed).'),
  expertInvalid: () =>
    new AppError(
      ErrorCode.Validation,
      'The responsible expert must be an active expert of this programme.',
      [{ field: 'expertId', message: 'Not an active expert of this programme.' }],
    ),
  unknownSuggestions: (keys: readonly string[]) =>
    new AppError(
      ErrorCode.Validation,
      `Not a suggestion of this case's baseline assessment: ${keys.join(', ')}. Use the keys listed in the draft's "suggestions".`,
      keys.map((key) => ({ field: 'keys', message: `${key} is not suggested.` })),
    ),
  signerInvalid: (index: number, reason: string) =>
    new AppError(ErrorCode.Validation, `Signer ${index + 1}: ${reason}`, [
      { field: `signers.${index}`, message: reason },
    ]),
  signerTwice: (email: string) =>
    new AppError(ErrorCode.Validation, `${email} is named twice; name each signer once.`, [
      { field: 'signers', message: `${email} is named twice.` },
    ]),
  noSigners: () =>
    new AppError(
      ErrorCode.Unprocessable,
      'Name at least one SME signer (a contact person or an SME user of the company) before sending the agreement for signature.',
    ),
  noDocument: (number: number) =>
    new AppError(
      ErrorCode.NotFound,
      `Version ${number} is a draft: its document is made when it is sent for signature.`,
    ),
  noSignedPdf: (number: number) =>
    new AppError(
      ErrorCode.NotFound,
      `Version ${number} has no signed PDF: it is made when the coordinator countersigns.`,
    ),
  notAwaitingSignature: (number: number, status: string) =>
    new AppError(
      ErrorCode.Conflict,
      `Version ${number} is not awaiting signature (it is ${status}).`,
    ),
  caseNotAwaitingSignature: (state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The agreement cannot be signed now: the case is in ${state}, not awaiting signature.`,
    ),
  notASigner: (number: number) =>
    new AppError(
      ErrorCode.Forbidden,
      `You are not a named signer of version ${number}; only the people the coordinator named can sign it.`,
    ),
  hashMismatch: () =>
    new AppError(
      ErrorCode.Unprocessable,
      'The document you saw is not the one awaiting signature. Reload the page, check the document and sign again.',
      [{ field: 'documentHash', message: 'Does not match the version awaiting signature.' }],
    ),
  consentRequired: () =>
    new AppError(
      ErrorCode.Validation,
      'Tick the consent box to sign: it confirms that you agree to the document shown.',
      [{ field: 'consent', message: 'must be true' }],
    ),
  nameRequired: () =>
    new AppError(ErrorCode.Validation, 'Type your full name to sign.', [
      { field: 'fullName', message: 'must be your full name' },
    ]),
  reasonRequired: () =>
    new AppError(ErrorCode.Validation, 'Say why you decline, so the coordinator can respond.', [
      { field: 'reason', message: 'must not be empty' },
    ]),
  linkInvalid: () =>
    new AppError(
      ErrorCode.NotFound,
      'This signing link is not valid. Check that you opened the whole link from the e-mail, or ask the coordinator for a new one.',
    ),
  linkRefused: (message: string) => new AppError(ErrorCode.Gone, message),
  alreadySigned: (at: Date) =>
    new AppError(ErrorCode.Conflict, `You already signed this version on ${day(at)}.`),
  missingSignatures: (names: readonly string[]) =>
    new AppError(
      ErrorCode.Unprocessable,
      `Every named signer must sign on their signing page first; still to sign: ${names.join(', ')}.`,
    ),
  nothingOut: () =>
    new AppError(ErrorCode.Unprocessable, 'No version of the agreement is out for signature.'),
  nothingToCountersign: () =>
    new AppError(
      ErrorCode.Unprocessable,
      'No version has been signed by every SME signer, so there is nothing to countersign.',
    ),
  badDiff: () =>
    new AppError(ErrorCode.Validation, 'Compare two different versions: from and to must differ.'),
};
