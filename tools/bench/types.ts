import { type Pool } from 'pg';
import { type BenchDataSummary } from './data';
import { type BenchOptions } from './options';
import { type BenchSession } from './session';

/** Everything a scenario needs: the running system, the signed-in users, a pool for look-ups. */
export interface BenchContext {
  options: BenchOptions;
  baseUrl: string;
  databaseUrl: string;
  /** The harness's own connections, for look-ups and the raw-SQL baseline. */
  db: Pool;
  data: BenchDataSummary;
  pids: { api: number; worker: number };
  sessions: { coordinator: BenchSession; expert: BenchSession };
  /** Waits until the API's queries of earlier requests have finished in PostgreSQL. */
  drain: () => Promise<void>;
  log: (line: string) => void;
}

/** One figure of a scenario, with its target when it has one. */
export interface Figure {
  label: string;
  value: number | null;
  unit: string;
  /** e.g. "< 50" or "≥ 2000"; absent for figures without a target. */
  target?: { op: '<' | '≤' | '≥'; value: number };
}

export interface ScenarioResult {
  id: number;
  name: string;
  figures: Figure[];
  /** The full measurements (latency, status codes, RSS…), for results.json. */
  details: Record<string, unknown>;
  /** Why the scenario cannot be trusted: it did not run, or requests failed. */
  problems: string[];
  notes: string[];
}

export type Scenario = (context: BenchContext) => Promise<ScenarioResult>;

export function met(figure: Figure): boolean | null {
  if (!figure.target || figure.value === null || Number.isNaN(figure.value)) return null;
  const { op, value } = figure.target;
  if (op === '<') return figure.value < value;
  if (op === '≤') return figure.value <= value;
  return figure.value >= value;
}
