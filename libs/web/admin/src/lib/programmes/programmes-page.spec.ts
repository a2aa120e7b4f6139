import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ProgrammeResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { ProgrammesPage } from './programmes-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const nordvest: ProgrammeResponse = {
  id: 'p1',
  name: 'NordVest Smart Production',
  funder: 'EU Regional Fund',
  startsOn: '2025-01-01',
  endsOn: '2027-12-31',
  timeZone: 'Europe/Copenhagen',
  country: 'DK',
};

describe('ProgrammesPage', () => {
  it('creates a programme and shows API field errors next to the field', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).use('en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProgrammesPage);
    http.expectOne('/api/programmes').flush([nordvest]);
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('tbody')?.textContent).toContain('NordVest Smart Production');

    [...element.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'New programme')
      ?.click();
    await fixture.whenStable();
    const name = element.querySelector<HTMLInputElement>('input[formcontrolname=name]');
    if (!name) {
      throw new Error('No name field');
    }
    name.value = 'Interreg Small Projects';
    name.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('.form-card button[type=submit]')?.click();
    await settle();

    const create = http.expectOne('/api/programmes');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      name: 'Interreg Small Projects',
      timeZone: 'Europe/Copenhagen',
      country: 'DK',
    });
    create.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are not valid.',
        details: [{ field: 'name', message: 'A programme with this name exists.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'A programme with this name exists.',
    );
    expect(element.querySelector('.form-card [role=alert]')?.textContent).toContain(
      'Some fields are not valid.',
    );
    // The person's input stays.
    expect(name.value).toBe('Interreg Small Projects');
    http.verify();
  });
});
