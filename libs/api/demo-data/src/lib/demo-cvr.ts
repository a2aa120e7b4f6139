const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A deterministic, valid-looking CVR number for the n-th demo company: seven digits from n,
 * then the check digit that makes the weighted sum divisible by 11 (skipping n where none fits).
 */
export function demoCvr(n: number): string {
  for (let base = 3_100_000 + n * 7919; ; base += 1) {
    const digits = String(base).padStart(7, '0').slice(0, 7);
    const sum = [...digits].reduce(
      (total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0),
      0,
    );
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}
