import autocannon from 'autocannon';
import { peakRss } from './processes';

/** One request of a load run. */
export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
}

export interface LatencyMs {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** What one measured load run gives (the warm-up's figures are left out, its failures not). */
export interface LoadFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: LatencyMs;
  /** Responses outside 2xx, and connection errors/timeouts, of the warm-up and the run. */
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  peakRssMb: Record<string, number>;
}

export interface LoadSpec {
  baseUrl: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** The next request to send; called once per request, across all connections. */
  next: () => LoadRequest;
  /** Sees each response with the request it answers (only set when needed: bodies cost). */
  onResponse?: (status: number, body: string, request: LoadRequest) => void;
  /** Processes whose peak RSS is measured over the run, by name. */
  pids: Record<string, number>;
  /** Resolves once the requests of the previous run have left the database (see run.ts). */
  drain: () => Promise<void>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, index)] ?? Number.NaN);
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function latencyOf(samples: number[]): LatencyMs {
  const sorted = samples.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

interface Counted {
  samples: number[];
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  seconds: number;
}

async function cannon(spec: LoadSpec, seconds: number): Promise<Counted> {
  const url = new URL(spec.baseUrl);
  const counted: Counted = { samples: [], statusCodes: {}, non2xx: 0, errors: 0, seconds };
  type Context = { request?: LoadRequest };
  const request: autocannon.Request = {
    setupRequest: (req: autocannon.Request, context: Context) => {
      const next = spec.next();
      context.request = next;
      return {
        ...req,
        method: next.method,
        path: next.path,
        body: next.body === undefined ? undefined : JSON.stringify(next.body),
      };
    },
  };
  if (spec.onResponse) {
    const onResponse = spec.onResponse;
    request.onResponse = (status: number, body: string, context: Context) => {
      if (context.request) onResponse(status, body, context.request);
    };
  }
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  // The callback form: it returns the instance, whose events give every response's latency.
  const instance = autocannon(
    {
      url: url.origin,
      connections: spec.connections,
      duration: seconds,
      headers: spec.headers,
      requests: [request],
      timeout: 30,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    counted.samples.push(responseTime);
    counted.statusCodes[statusCode] = (counted.statusCodes[statusCode] ?? 0) + 1;
    if (statusCode < 200 || statusCode > 299) counted.non2xx += 1;
  });
  instance.on('reqError', () => (counted.errors += 1));
  const result = await done;
  counted.errors = Math.max(counted.errors, result.errors + result.timeouts);
  counted.seconds = result.duration;
  return counted;
}

/** A warm-up run (discarded but for its failures), then the measured run at the same load. */
export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  await spec.drain();
  const warm = await cannon(spec, spec.warmupSeconds);
  // autocannon stops at the deadline, not when the server does: let the warm-up's last finish.
  await spec.drain();
  for (const pid of Object.values(spec.pids)) peakRss.reset(pid);
  const run = await cannon(spec, spec.durationSeconds);
  const peakRssMb = Object.fromEntries(
    Object.entries(spec.pids).map(([name, pid]) => [name, peakRss.peakMb(pid)]),
  );
  for (const [code, count] of Object.entries(warm.statusCodes))
    if (!code.startsWith('2')) run.statusCodes[`warm-up ${code}`] = count;
  return {
    requests: run.samples.length,
    seconds: round(run.seconds, 2),
    requestsPerSecond: round(run.samples.length / run.seconds),
    latencyMs: latencyOf(run.samples),
    non2xx: run.non2xx + warm.non2xx,
    errors: run.errors + warm.errors,
    statusCodes: run.statusCodes,
    peakRssMb,
  };
}
