import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const CompanyErrors = {
  notFound: () => new AppError(ErrorCode.NotFound, 'Company not found.'),
  outsideScope: () =>
    new AppError(
      ErrorCode.Forbidden,
      'This company is outside your access: coordinators see the companies of their municipalities, experts those of their cases, SME users their own.',
    ),
  municipalityUnknown: () =>
    new AppError(ErrorCode.Validation, 'There is no such municipality in your programme.', [
      { field: 'municipalityId', message: 'Choose a municipality of your programme.' },
    ]),
  municipalityOutsideScope: () =>
    new AppError(
      ErrorCode.Forbidden,
      'You can register and edit companies only in the municipalities you serve.',
      [{ field: 'municipalityId', message: 'Not one of your municipalities.' }],
    ),
  invalid: (field: string, reason: string) =>
    new AppError(ErrorCode.Validation, reason, [{ field, message: reason }]),
  duplicate: (registrationNumber: string, existing?: { name: string; municipality: string }) =>
    new AppError(
      ErrorCode.Conflict,
      existing
        ? `Registration number ${registrationNumber} is already registered in this programme, for ${existing.name} (${existing.municipality}). Open that company instead of registering it again.`
        : `Registration number ${registrationNumber} is already registered in this programme.`,
      [{ field: 'registrationNumber', message: 'Already registered in this programme.' }],
    ),
  movingWithCases: () =>
    new AppError(
      ErrorCode.Conflict,
      'This company has cases in its municipality, so it cannot move to another one: the cases (and their coordinators) belong to the municipality.',
      [{ field: 'municipalityId', message: 'The company has cases.' }],
    ),
  contactNotFound: () => new AppError(ErrorCode.NotFound, 'Contact person not found.'),
  contactEmailTaken: (email: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The company already has a contact person with the e-mail ${email}.`,
      [{ field: 'email', message: 'Already a contact of this company.' }],
    ),
};

/** PostgreSQL's unique_violation, optionally of one constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint: name } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || name === constraint);
}

export const COMPANY_REGISTRATION_KEY = 'company_programme_id_country_registration_number_key';
export const CONTACT_EMAIL_KEY = 'company_contact_email_key';
