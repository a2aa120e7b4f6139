import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type DashboardResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { ChangeChart } from './change-chart';

@Component({
  imports: [ChangeChart],
  template: `<tp-change-chart caption="T0 to T1" [rows]="rows()" />`,
})
class Host {
  readonly rows = signal<DashboardResponse['assessmentChange']>([
    { dimension: 'Digital readiness', t0Average: 1.5, t1Average: 2.75, cases: 4 },
    { dimension: 'Green digitalisation', t0Average: 3, t1Average: 2.5, cases: 4 },
  ]);
}

describe('ChangeChart', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('writes T0, T1 and the signed change beside the bars, on the 0–5 scale', () => {
    const items = [...element.querySelectorAll('ul > li')];
    expect(items.map((li) => li.querySelector('.value')?.textContent?.trim())).toEqual([
      '1.5 → 2.8 (+1.3)',
      '3 → 2.5 (−0.5)',
    ]);
    const widths = [...(items[0]?.querySelectorAll<HTMLElement>('.bar') ?? [])].map(
      (bar) => bar.style.width,
    );
    expect(widths).toEqual(['30%', '55%']);
  });

  it('has a table per dimension', async () => {
    element.querySelector<HTMLButtonElement>('tp-chart-alternative button')?.click();
    await fixture.whenStable();
    const rows = [...element.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows[0]).toEqual(['Digital readiness', '1.5', '2.8', '+1.3', '4']);
  });

  it('says so when no case has both assessments', async () => {
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('No case has both');
    expect(element.querySelector('table')).toBeNull();
  });
});
