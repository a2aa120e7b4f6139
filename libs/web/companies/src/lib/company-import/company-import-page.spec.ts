import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type ImportPreviewResponse, type ImportPreviewRow } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CompanyImportPage } from './company-import-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const CSV =
  'name,cvr,municipality\nFarsø Stål ApS,10150817,Vesthimmerland\nTypo ApS,12345678,Skive';

const row = (line: number, action: ImportPreviewRow['action']): ImportPreviewRow => ({
  line,
  action,
  name: `Company ${line}`,
  registrationNumber: '10150817',
  country: 'DK',
  companyId: null,
  changes: [],
  reason: action === 'reject' ? 'The CVR number has a wrong check digit.' : null,
});

function button(element: HTMLElement, label: string): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No button ${label}`);
  return found;
}

describe('CompanyImportPage', () => {
  let fixture: ComponentFixture<CompanyImportPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CompanyImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  async function previewWith(response: ImportPreviewResponse): Promise<void> {
    const textarea = element.querySelector('textarea');
    if (!textarea) throw new Error('No textarea');
    textarea.value = CSV;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(button(element, 'Import').disabled).toBe(true);
    button(element, 'Preview').click();
    const request = http.expectOne('/api/companies/import/preview');
    expect(request.request.body).toEqual({ csv: CSV });
    request.flush(response);
    await settle();
    await fixture.whenStable();
  }

  it('keeps Import disabled while a row is rejected, and says why', async () => {
    await previewWith({
      rows: [row(2, 'create'), row(3, 'reject')],
      counts: { create: 1, update: 0, reject: 1 },
      ignoredColumns: [],
    });
    expect(element.textContent).toContain('The CVR number has a wrong check digit.');
    expect(element.textContent).toContain('Fix or remove the rejected rows');
    expect(button(element, 'Import').disabled).toBe(true);
  });

  it('imports a clean file and reports the result', async () => {
    await previewWith({
      rows: [row(2, 'create'), row(3, 'update')],
      counts: { create: 1, update: 1, reject: 0 },
      ignoredColumns: [],
    });
    const importButton = button(element, 'Import');
    expect(importButton.disabled).toBe(false);
    importButton.click();
    http
      .expectOne('/api/companies/import')
      .flush({ created: 1, updated: 1, contactsAdded: 0, durationMs: 12 });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'Imported: 1 created, 1 updated, 0 contact people added.',
    );
  });

  it('asks for a new preview when the text changes', async () => {
    await previewWith({
      rows: [row(2, 'create')],
      counts: { create: 1, update: 0, reject: 0 },
      ignoredColumns: [],
    });
    expect(button(element, 'Import').disabled).toBe(false);
    const textarea = element.querySelector('textarea');
    if (!textarea) throw new Error('No textarea');
    textarea.value = `${CSV}\n`;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(button(element, 'Import').disabled).toBe(true);
  });
});
