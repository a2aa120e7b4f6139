const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** Danish CVR number: 8 digits, no leading zero, weighted sum divisible by 11. */
export function isValidCvr(value: string): boolean {
  return cvrProblem(value) === null;
}

/** Why `value` is not a CVR number, in words a person can act on; null when it is one. */
export function cvrProblem(value: string): string | null {
  if (!/^\d{8}$/.test(value)) {
    return `A Danish CVR number has exactly 8 digits; "${value}" does not.`;
  }
  if (value.startsWith('0')) return `A Danish CVR number never starts with 0; "${value}" does.`;
  const sum = [...value].reduce(
    (total, digit, i) => total + Number(digit) * (CVR_WEIGHTS[i] ?? 0),
    0,
  );
  return sum % 11 === 0
    ? null
    : `The CVR number ${value} has a wrong check digit: check it for a typing error (the digits weighted 2,7,6,5,4,3,2,1 must add up to a multiple of 11).`;
}

export type RegistrationCheck =
  | { readonly ok: true; readonly country: string; readonly registrationNumber: string }
  | {
      readonly ok: false;
      readonly field: 'country' | 'registrationNumber';
      readonly reason: string;
    };

/**
 * Normalises and checks a registration number for its country: Danish numbers must be CVR
 * numbers (spaces and a `DK` prefix are dropped), other countries take 1–40 letters, digits,
 * spaces and `-./` as given.
 */
export function checkRegistration(countryInput: string, numberInput: string): RegistrationCheck {
  const country = countryInput.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    return {
      ok: false,
      field: 'country',
      reason: `The country must be a two-letter ISO code such as DK or DE; "${countryInput}" is not.`,
    };
  }
  const trimmed = numberInput.trim();
  if (trimmed === '') {
    return {
      ok: false,
      field: 'registrationNumber',
      reason: 'The registration number is missing.',
    };
  }
  if (country === 'DK') {
    const digits = trimmed.replace(/\s+/g, '').replace(/^DK-?/i, '');
    const problem = cvrProblem(digits);
    return problem
      ? { ok: false, field: 'registrationNumber', reason: problem }
      : { ok: true, country, registrationNumber: digits };
  }
  const compact = trimmed.replace(/\s+/g, ' ');
  if (!/^[\p{L}\p{N}][\p{L}\p{N} .\-/]{0,39}$/u.test(compact)) {
    return {
      ok: false,
      field: 'registrationNumber',
      reason: `A registration number has 1–40 letters, digits, spaces and - . /; "${numberInput}" does not fit.`,
    };
  }
  return { ok: true, country, registrationNumber: compact.toUpperCase() };
}
