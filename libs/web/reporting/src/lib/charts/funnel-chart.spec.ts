import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@techpact/web/i18n';
import { type ChartRow } from './chart-model';
import { FunnelChart } from './funnel-chart';

@Component({
  imports: [FunnelChart],
  template: `<tp-funnel-chart caption="Cases per state" [rows]="rows()" />`,
})
class Host {
  readonly rows = signal<ChartRow[]>([
    { label: 'Intake', value: 10, cases: { state: 'intake' } },
    { label: 'Implementation', value: 5, cases: { state: 'implementation', municipalityId: 'm1' } },
    { label: 'Withdrawn', value: 5, cases: null },
  ]);
}

describe('FunnelChart', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows each count beside a bar as wide as its share of the largest step', () => {
    const items = [...element.querySelectorAll('ul > li')];
    expect(items.map((li) => li.querySelector('.value')?.textContent?.trim())).toEqual([
      '10',
      '5',
      '5',
    ]);
    expect(items.map((li) => li.querySelector<HTMLElement>('.track .bar')?.style.width)).toEqual([
      '100%',
      '50%',
      '50%',
    ]);
  });

  it('links every count to the cases in that state', () => {
    const links = [...element.querySelectorAll('ul > li a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/cases?state=intake',
      '/cases?state=implementation&municipalityId=m1',
    ]);
    expect(links[1]?.getAttribute('aria-label')).toBe('Implementation: 5, show the cases');
  });

  it('has a table with the share of all cases', async () => {
    element.querySelector<HTMLButtonElement>('tp-chart-alternative button')?.click();
    await fixture.whenStable();
    const rows = [...element.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Intake', '10', '50 %'],
      ['Implementation', '5', '25 %'],
      ['Withdrawn', '5', '25 %'],
    ]);
  });
});
