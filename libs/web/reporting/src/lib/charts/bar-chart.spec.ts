import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@techpact/web/i18n';
import { BarChart } from './bar-chart';
import { type ChartRow, type ChartScale } from './chart-model';

@Component({
  imports: [BarChart],
  template: `<tp-bar-chart caption="Targets" [rows]="rows()" [scale]="scale()" unit="h" />`,
})
class Host {
  readonly rows = signal<ChartRow[]>([
    {
      label: 'Agreements signed',
      value: 12,
      target: 32,
      cases: { state: 'implementation', from: '2026-01-01' },
    },
    { label: 'Activities done', value: 1234.5, target: null },
  ]);
  readonly scale = signal<ChartScale>('own');
}

describe('BarChart', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const items = (): HTMLElement[] => [...element.querySelectorAll<HTMLElement>('ul > li')];

  it('writes every number beside its bar, with its target and unit', () => {
    const [first, second] = items();
    expect(element.querySelector('ul')?.getAttribute('aria-label')).toBe('Targets');
    expect(first?.querySelector('.label')?.textContent?.trim()).toBe('Agreements signed');
    expect(first?.querySelector('.value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '12 of 32 h',
    );
    expect(second?.querySelector('.value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '1,234.5 h',
    );
  });

  it('draws bars against their own target, with the target line, hidden from screen readers', () => {
    const [first, second] = items();
    const track = first?.querySelector<HTMLElement>('.track');
    expect(track?.getAttribute('aria-hidden')).toBe('true');
    expect(track?.querySelector<HTMLElement>('.bar')?.style.width).toBe('37.5%');
    expect(track?.querySelector<HTMLElement>('.target')?.style.left).toBe('100%');
    expect(second?.querySelector<HTMLElement>('.bar')?.style.width).toBe('100%');
    expect(second?.querySelector('.target')).toBeNull();
  });

  it('links a number to the cases behind it, and only where there is a list', () => {
    const links = items().map((item) => item.querySelector('a'));
    expect(links[0]?.getAttribute('href')).toBe('/cases?state=implementation&from=2026-01-01');
    expect(links[0]?.getAttribute('aria-label')).toBe('Agreements signed: 12, show the cases');
    expect(links[0]?.textContent?.trim()).toBe('12');
    expect(links[1]).toBeNull();
  });

  it('scales every bar against the largest figure when shared', async () => {
    fixture.componentInstance.scale.set('shared');
    await fixture.whenStable();
    const widths = items().map((item) => item.querySelector<HTMLElement>('.bar')?.style.width);
    expect(widths).toEqual([`${(12 * 100) / 1234.5}%`, '100%']);
  });

  it('offers the figures as a table on request', async () => {
    const toggle = element.querySelector<HTMLButtonElement>('button');
    const region = element.querySelector<HTMLElement>('tp-chart-alternative div');
    expect(toggle?.textContent).toContain('Show as table');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe(region?.id);
    expect(region?.hidden).toBe(true);

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.textContent).toContain('Hide table');
    expect(region?.hidden).toBe(false);
    const table = region?.querySelector('table');
    expect(table?.querySelector('caption')?.textContent?.trim()).toBe('Targets');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Item', 'Number', 'Target', 'Of target']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Agreements signed', '12', '32', '38 %'],
      ['Activities done', '1,234.5', '–', '–'],
    ]);
    expect(table?.querySelector('tbody a')?.getAttribute('href')).toBe(
      '/cases?state=implementation&from=2026-01-01',
    );
  });

  it('writes numbers the Danish way in Danish', async () => {
    TestBed.inject(I18nService).use('da');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(items()[1]?.querySelector('.value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '1.234,5 h',
    );
  });
});
