import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type AgreementOverview, type AgreementVersionSummary } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CaseAgreementVersions } from './case-agreement-versions';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';

function version(
  number: number,
  status: AgreementVersionSummary['status'],
): AgreementVersionSummary {
  return {
    id: `v${number}`,
    number,
    status,
    title: `Automation v${number}`,
    amendsVersionNumber: number > 1 ? number - 1 : null,
    documentHash: 'abc',
    sentAt: '2026-10-01T09:00:00Z',
    inForceAt: status === 'in_force' ? '2026-10-05T09:00:00Z' : null,
    totalPlannedHours: 120.5,
    upgradeCount: 2,
  };
}

describe('CaseAgreementVersions', () => {
  it('lists every version with its status; the one in force has its signed PDF', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CaseAgreementVersions);
    fixture.componentRef.setInput('caseId', ID);
    fixture.componentRef.setInput('state', 'implementation');
    await fixture.whenStable();
    const overview: AgreementOverview = {
      caseId: ID,
      versions: [version(2, 'in_force'), version(1, 'superseded')],
      inForceNumber: 2,
      draftNumber: null,
    };
    http.expectOne(`/api/cases/${ID}/agreement`).flush(overview);
    await settle();
    await fixture.whenStable();
    http.verify();

    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('tbody tr')];
    expect(
      rows.map((row) => row.querySelector('tp-version-status-chip')?.textContent?.trim()),
    ).toEqual(['In force', 'Superseded']);
    expect(rows[0]?.textContent).toContain('120.5');
    const pdf = rows[0]?.querySelector('a[download]');
    expect(pdf?.getAttribute('href')).toBe(`/api/cases/${ID}/agreement/versions/2/signed.pdf`);
    expect(pdf?.getAttribute('aria-label')).toBe('Download the signed agreement (PDF, version 2)');
    expect(rows[1]?.querySelector('a[download]')).toBeNull();
    expect(element.querySelector(`a[href="/cases/${ID}/agreement"]`)).not.toBeNull();
    // The first render on a loaded shared machine can pass vitest's 5 s default.
  }, 30_000);
});
