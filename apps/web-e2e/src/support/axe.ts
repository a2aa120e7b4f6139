import { writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import { languageOf, switchLanguage, type UiLanguage } from './session';

/**
 * axe-core on the pages of a journey, in English and in Danish. Each distinct page is analysed
 * once per language: where the journey shows it first, then the language is switched with the
 * UI's own switch, analysed again, and switched back. All of axe's rules run (WCAG 2.x A/AA and
 * best practices); serious and critical violations fail the test, the others are kept in the
 * report for reading.
 */

const FAILING_IMPACTS = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface AxeAnalysis {
  page: string;
  /** The route pattern and screen width that make the page distinct, e.g. `/cases/:id?tab=hours @390`. */
  route: string;
  language: UiLanguage;
  url: string;
  viewport: string;
  violations: AxeFinding[];
  passes: number;
  incomplete: number;
  milliseconds: number;
}

export class AxeAudit {
  readonly analyses: AxeAnalysis[] = [];
  private readonly seen = new Set<string>();

  /**
   * Analyses the page as it is now, under the name `name`, in its current language and in the
   * other one, and leaves it in English (the language the test's locators speak). A route
   * analysed before at the same screen width is skipped (see `routeOf`). The page must be
   * settled: the caller waits for what it shows.
   */
  async check(page: Page, name: string): Promise<void> {
    const route = routeOf(page);
    if (this.seen.has(route)) return;
    this.seen.add(route);
    await test.step(`axe: ${name}`, async () => {
      const first = await languageOf(page);
      await this.analyse(page, name, route, first);
      const other: UiLanguage = first === 'en' ? 'da' : 'en';
      await switchLanguage(page, other);
      await this.analyse(page, name, route, other);
      await switchLanguage(page, 'en');
    });
  }

  /** Serious and critical violations as readable lines: rule, impact, targets, page, language. */
  failures(): string[] {
    return this.analyses.flatMap((analysis) =>
      analysis.violations
        .filter((violation) => FAILING_IMPACTS.includes(violation.impact))
        .map(
          (violation) =>
            `${violation.rule} (${violation.impact}) on "${analysis.page}" [${analysis.language}, ` +
            `${analysis.viewport}]: ${violation.help}; targets: ${violation.targets.join(' | ')}`,
        ),
    );
  }

  /** Writes every analysis, with a summary first, as JSON. */
  write(file: string): void {
    const violations = this.analyses.flatMap((analysis) => analysis.violations);
    const summary = {
      analyses: this.analyses.length,
      routes: this.seen.size,
      violations: violations.length,
      failing: this.failures().length,
      byImpact: countBy(violations.map((violation) => violation.impact)),
      byRule: countBy(violations.map((violation) => violation.rule)),
    };
    writeFileSync(file, `${JSON.stringify({ summary, analyses: this.analyses }, null, 2)}\n`);
  }

  private async analyse(
    page: Page,
    name: string,
    route: string,
    language: UiLanguage,
  ): Promise<void> {
    const started = Date.now();
    const results = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .analyze();
    const size = page.viewportSize();
    this.analyses.push({
      page: name,
      route,
      language,
      url: new URL(page.url()).pathname + new URL(page.url()).search,
      viewport: size ? `${size.width}×${size.height}` : 'unknown',
      violations: results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      })),
      passes: results.passes.length,
      incomplete: results.incomplete.length,
      milliseconds: Date.now() - started,
    });
  }
}

/**
 * The route of a page: its path with ids and link tokens as `:id`, the case page's tab (a tab is
 * a page of its own; other query parameters such as `?week=` are not), and the screen width, as
 * a phone gets another layout of the same route.
 */
function routeOf(page: Page): string {
  const url = new URL(page.url());
  const path = url.pathname
    .split('/')
    .map((segment) => (/^[0-9a-f-]{36}$/.test(segment) || segment.length >= 20 ? ':id' : segment))
    .join('/');
  const tab = url.searchParams.get('tab');
  return `${path}${tab ? `?tab=${tab}` : ''} @${page.viewportSize()?.width ?? 0}`;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
