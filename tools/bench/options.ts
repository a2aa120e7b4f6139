/** The command line of `npm run bench`, checked before anything starts. */
export interface BenchOptions {
  smoke: boolean;
  /** Scenario numbers to run, in order (1–8). */
  scenarios: number[];
  /** Measured seconds per scenario (after the warm-up). */
  durationSeconds: number;
  warmupSeconds: number;
  /** Cases of the data set (the full run's database; the smoke run always makes its own). */
  cases: number;
  /** Rebuild the API and the worker even when their dist output exists. */
  build: boolean;
}

export const ALL_SCENARIOS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const USAGE = `Usage: npm run bench -- [--smoke] [--scenarios 1,2,4] [--duration <s>] [--cases <n>] [--build]
  --smoke       1,000 cases in a throwaway database, 1 s warm-up + 3 s per scenario, no README
  --scenarios   which of 1–8 to run (default: all)
  --duration    measured seconds per scenario after a 5 s warm-up (default 20)
  --cases       size of the data set in DATABASE_URL (default 100000)
  --build       rebuild the API and the worker even if dist/ holds them`;

export class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n\n${USAGE}`);
  }
}

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) <= 0)
    throw new UsageError(`${flag} needs a positive whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let smoke = false;
  let build = false;
  let scenarios: number[] = [...ALL_SCENARIOS];
  let duration: number | undefined;
  let cases = 100_000;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    switch (arg) {
      case '--smoke':
        smoke = true;
        break;
      case '--build':
        build = true;
        break;
      case '--duration':
        duration = positiveInt(arg, argv[++i]);
        break;
      case '--cases':
        cases = positiveInt(arg, argv[++i]);
        break;
      case '--scenarios': {
        const list = argv[++i] ?? '';
        const numbers = list.split(',').map((part) => part.trim());
        if (!list || numbers.some((n) => !/^[1-8]$/.test(n)))
          throw new UsageError(`--scenarios takes numbers 1–8 separated by commas, not "${list}"`);
        scenarios = [...new Set(numbers.map(Number))].sort((a, b) => a - b);
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`Unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return {
    smoke,
    build,
    scenarios,
    cases: smoke ? 1_000 : cases,
    durationSeconds: duration ?? (smoke ? 3 : 20),
    warmupSeconds: smoke ? 1 : 5,
  };
}
