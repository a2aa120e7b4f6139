/** The divisions of NACE Rev. 2 (two-digit codes; the gaps are unused numbers). */
const NACE_DIVISIONS = new Set(
  [
    [1, 3],
    [5, 33],
    [35, 39],
    [41, 43],
    [45, 47],
    [49, 53],
    [55, 56],
    [58, 66],
    [68, 75],
    [77, 82],
    [84, 88],
    [90, 99],
  ].flatMap(([from = 0, to = 0]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0')),
  ),
);

export const NACE_CODE_PATTERN = /^\d{2}(\.\d{1,2})?$/;

/** Why `code` is not a NACE Rev. 2 code (`25`, `25.6` or `25.62`); null when it is one. */
export function naceProblem(code: string): string | null {
  if (!NACE_CODE_PATTERN.test(code)) {
    return `A sector is a NACE code such as 25, 25.6 or 25.62; "${code}" is not.`;
  }
  return NACE_DIVISIONS.has(code.slice(0, 2))
    ? null
    : `${code.slice(0, 2)} is not a NACE Rev. 2 division (manufacturing is 10–33).`;
}
