import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const ReportingErrors = {
  notYourMunicipality: () =>
    new AppError(
      ErrorCode.Forbidden,
      'You can only report on the municipalities you coordinate; choose one of them or none.',
    ),
  municipalityNotFound: () =>
    new AppError(ErrorCode.NotFound, 'Municipality not found in your programme.'),
  periodReversed: (from: string, to: string) =>
    new AppError(
      ErrorCode.Validation,
      `The period ends (${to}) before it starts (${from}); swap the dates.`,
    ),
  programmeNotFound: () => new AppError(ErrorCode.NotFound, 'Programme not found.'),
  companyNotFound: () => new AppError(ErrorCode.NotFound, 'Company not found in your programme.'),
  retentionUnknown: () =>
    new AppError(
      ErrorCode.Conflict,
      "The programme's last payment year is not set, so its retention period has no end yet; set it under the programme's retention settings before anonymising. Nothing was changed.",
    ),
  retentionRunning: (until: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The programme's retention period runs until ${until}; the company's personal data can be anonymised from then on. Nothing was changed.`,
    ),
  openCases: () =>
    new AppError(
      ErrorCode.Conflict,
      'The company has a case that is still open; complete or withdraw it before anonymising. Nothing was changed.',
    ),
};
