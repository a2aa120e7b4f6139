import { type LoadFigures } from '../load';
import { type Figure } from '../types';

/** The usual figures of a load run; `p95Below` is its latency target in ms. */
export function loadRunFigures(prefix: string, run: LoadFigures, p95Below?: number): Figure[] {
  const p95: Figure = { label: `${prefix} p95`, value: run.latencyMs.p95, unit: 'ms' };
  if (p95Below !== undefined) p95.target = { op: '<', value: p95Below };
  return [
    { label: `${prefix} requests/s`, value: run.requestsPerSecond, unit: 'req/s' },
    { label: `${prefix} p50`, value: run.latencyMs.p50, unit: 'ms' },
    p95,
    { label: `${prefix} p99`, value: run.latencyMs.p99, unit: 'ms' },
    { label: `${prefix} non-2xx + errors`, value: run.non2xx + run.errors, unit: '' },
    { label: `${prefix} peak RSS API`, value: run.peakRssMb['api'] ?? null, unit: 'MB' },
    { label: `${prefix} peak RSS worker`, value: run.peakRssMb['worker'] ?? null, unit: 'MB' },
  ];
}

/** A problem line when any request of the run failed (the smoke run fails on it). */
export function failuresOf(prefix: string, run: LoadFigures): string[] {
  if (run.requests === 0)
    return [
      `${prefix}: no response within the ${run.seconds} s measured (every request took longer)`,
    ];
  if (run.non2xx === 0 && run.errors === 0) return [];
  return [
    `${prefix}: ${run.non2xx} non-2xx answers and ${run.errors} errors (${JSON.stringify(run.statusCodes)})`,
  ];
}

/** Rotates through a list forever. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('Nothing to rotate through: the list is empty');
  let i = 0;
  return () => items[i++ % items.length] as T;
}
