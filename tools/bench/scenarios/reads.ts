import { type Page } from '@techpact/contracts';
import { type LoadFigures, type LoadRequest, runLoad } from '../load';
import { type BenchContext, type ScenarioResult } from '../types';
import { cycle, failuresOf, loadRunFigures } from './common';

const CONNECTIONS = 16;
const PAGE = 25;

function getLoad(context: BenchContext, paths: readonly string[]): Promise<LoadFigures> {
  const next = cycle(paths.map((path): LoadRequest => ({ method: 'GET', path })));
  return runLoad({
    baseUrl: context.baseUrl,
    connections: CONNECTIONS,
    warmupSeconds: context.options.warmupSeconds,
    durationSeconds: context.options.durationSeconds,
    headers: context.sessions.coordinator.headers(),
    pids: context.pids,
    drain: context.drain,
    next,
  });
}

async function column(
  context: BenchContext,
  sql: string,
  params: unknown[] = [],
): Promise<string[]> {
  const { rows } = await context.db.query<{ value: string }>(sql, params);
  return rows.map((row) => row.value);
}

/** Scenario 2: the case list as the coordinator: filters, search and sorts; page 1 and a deep page. */
export async function caseList(context: BenchContext): Promise<ScenarioResult> {
  const municipalities = await column(
    context,
    `SELECT m.id AS value FROM municipality m JOIN case_file cf ON cf.municipality_id = m.id
      GROUP BY m.id ORDER BY count(*) DESC LIMIT 8`,
  );
  // Search words as people type them: the first word of real company names.
  const words = await column(
    context,
    `SELECT split_part(name, ' ', 1) AS value FROM company
      WHERE length(split_part(name, ' ', 1)) >= 4 ORDER BY random() LIMIT 8`,
  );
  const list = (query: string) => `/api/cases?limit=${PAGE}&${query}`;
  const shapes = [
    'sort=updatedAt&order=desc',
    'sort=companyName&order=asc',
    'sort=openedAt&order=desc',
    'state=implementation&sort=updatedAt&order=desc',
    'state=assessment.scheduled,assessment.inProgress&sort=companyName&order=asc',
    ...municipalities.map((id) => `municipalityId=${id}&sort=updatedAt&order=desc`),
    ...words.map((word) => `q=${encodeURIComponent(word)}&sort=companyName&order=asc`),
  ];
  // The deep page of each shape: page 4,000 of 25 at 100,000 cases, else the last page there is.
  const deep: string[] = [];
  for (const shape of shapes) {
    const first = await context.sessions.coordinator.json<Page<unknown>>(list(`${shape}&offset=0`));
    const offset = Math.max(0, Math.min(3_999 * PAGE, Math.floor((first.total - 1) / PAGE) * PAGE));
    if (offset > 0) deep.push(list(`${shape}&offset=${offset}`));
  }
  context.log(`  first pages (${shapes.length} shapes)…`);
  const firstRun = await getLoad(
    context,
    shapes.map((shape) => list(`${shape}&offset=0`)),
  );
  context.log(`  deep pages (${deep.length} shapes)…`);
  const deepRun = deep.length > 0 ? await getLoad(context, deep) : null;
  return {
    id: 2,
    name: 'Case list (coordinator, 25 a page)',
    figures: [
      ...loadRunFigures('first page', firstRun, 50),
      ...(deepRun ? loadRunFigures('deep page', deepRun, 50) : []),
    ],
    details: { shapes, deepPaths: deep, first: firstRun, deep: deepRun },
    problems: [
      ...failuresOf('first page', firstRun),
      ...(deepRun ? failuresOf('deep page', deepRun) : ['no shape had a second page']),
    ],
    notes: [],
  };
}

/** Scenario 3: what the case page loads (the case with its allowed events, the timeline). */
export async function casePage(context: BenchContext): Promise<ScenarioResult> {
  const ids = await column(
    context,
    `SELECT id::text AS value FROM case_file ORDER BY random() LIMIT 5000`,
  );
  const paths = ids.flatMap((id) => [
    `/api/cases/${id}`,
    `/api/cases/${id}/timeline?limit=50&offset=0`,
  ]);
  context.log(`  ${ids.length} different cases, two requests each…`);
  const run = await getLoad(context, paths);
  return {
    id: 3,
    name: 'Case page (case + allowed events, timeline)',
    figures: loadRunFigures('request', run, 50),
    details: { cases: ids.length, run },
    problems: failuresOf('case page', run),
    notes: [
      'Each page view is GET /api/cases/:id (its allowedEvents included) and GET /api/cases/:id/timeline?limit=50; the sections further down (assessment, agreement, activities, completion) load their own data and are not part of this figure.',
    ],
  };
}

/** Scenario 4: the programme dashboard as the coordinator: programme-wide and one municipality. */
export async function dashboard(context: BenchContext): Promise<ScenarioResult> {
  const [municipality] = await column(
    context,
    `SELECT municipality_id::text AS value FROM case_file GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  context.log('  programme-wide…');
  const wide = await getLoad(context, ['/api/dashboard']);
  context.log('  one municipality…');
  const one = municipality
    ? await getLoad(context, [`/api/dashboard?municipalityId=${municipality}`])
    : null;
  return {
    id: 4,
    name: 'Dashboard (coordinator)',
    figures: [
      ...loadRunFigures('programme', wide, 150),
      ...(one ? loadRunFigures('municipality', one, 150) : []),
    ],
    details: { programme: wide, municipality: one, municipalityId: municipality },
    problems: [...failuresOf('programme', wide), ...(one ? failuresOf('municipality', one) : [])],
    notes: [],
  };
}
