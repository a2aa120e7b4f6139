const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** Danish CVR number: 8 digits, no leading zero, weighted sum divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce(
    (total, digit, i) => total + Number(digit) * (CVR_WEIGHTS[i] ?? 0),
    0,
  );
  return sum % 11 === 0;
}
