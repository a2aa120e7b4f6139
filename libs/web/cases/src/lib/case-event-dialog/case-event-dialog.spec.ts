import { HttpErrorResponse } from '@angular/common/http';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { type UserResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import {
  CaseEventDialog,
  type CaseEventDialogData,
  type CaseEventPayload,
  type EventWithInput,
} from './case-event-dialog';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('CaseEventDialog', () => {
  let fixture: ComponentFixture<CaseEventDialog>;
  let element: HTMLElement;
  let send: ReturnType<typeof vi.fn<(payload: CaseEventPayload) => Promise<void>>>;
  let close: ReturnType<typeof vi.fn>;

  async function open(type: EventWithInput): Promise<void> {
    send = vi.fn<(payload: CaseEventPayload) => Promise<void>>().mockResolvedValue(undefined);
    close = vi.fn();
    const data: CaseEventDialogData = { type, send };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close, disableClose: false } },
      ],
    });
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(CaseEventDialog);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function field(selector: string): HTMLInputElement | HTMLTextAreaElement {
    const found = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!found) throw new Error(`No field ${selector}`);
    return found;
  }

  function type(selector: string, value: string): void {
    const input = field(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    const button = element.querySelector<HTMLButtonElement>('button[type=submit]');
    button?.click();
    await settle();
    await fixture.whenStable();
  }

  describe('PAUSE', () => {
    beforeEach(() => open('PAUSE'));

    it('asks for a reason and an optional check-in date', () => {
      expect(element.querySelector('h2')?.textContent?.trim()).toBe('Put on hold');
      expect(field('textarea').required).toBe(true);
      expect(field('input[type=date]').required).toBe(false);
    });

    it('does not send without a reason, and says why', async () => {
      await submit();
      expect(send).not.toHaveBeenCalled();
      expect(close).not.toHaveBeenCalled();
      expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Give a reason.');
    });

    it('treats a reason of blanks as missing', async () => {
      type('textarea', '   ');
      await submit();
      expect(send).not.toHaveBeenCalled();
      expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Give a reason.');
    });

    it('sends the trimmed reason and the date, then closes', async () => {
      type('textarea', '  Moving to a new hall  ');
      type('input[type=date]', '2027-03-01');
      await submit();
      expect(send).toHaveBeenCalledWith({ reason: 'Moving to a new hall', until: '2027-03-01' });
      expect(close).toHaveBeenCalledWith(true);
    });

    it('leaves the date out when none is chosen', async () => {
      type('textarea', 'Summer break');
      await submit();
      expect(send).toHaveBeenCalledWith({ reason: 'Summer break' });
    });

    it('shows the API’s refusal beside the buttons and keeps what was typed', async () => {
      send.mockRejectedValue(
        new HttpErrorResponse({
          status: 409,
          error: { statusCode: 409, message: 'The case was changed by someone else. Reload it.' },
        }),
      );
      type('textarea', 'Summer break');
      await submit();
      expect(close).not.toHaveBeenCalled();
      expect(element.querySelector('[role=alert]')?.textContent).toContain(
        'The case was changed by someone else. Reload it.',
      );
      expect(field('textarea').value).toBe('Summer break');
      expect(element.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled).toBe(false);
    });
  });

  it('WITHDRAW asks for a reason only', async () => {
    await open('WITHDRAW');
    expect(element.querySelector('input[type=date]')).toBeNull();
    type('textarea', 'Sold');
    await submit();
    expect(send).toHaveBeenCalledWith({ reason: 'Sold' });
  });

  it('SCHEDULE_ASSESSMENT offers the active experts and needs an expert and a date', async () => {
    await open('SCHEDULE_ASSESSMENT');
    const http = TestBed.inject(HttpTestingController);
    const expert = (id: string, active: boolean): UserResponse => ({
      id,
      email: `${id}@demo.techpact.dk`,
      name: `Expert ${id}`,
      role: 'expert',
      language: 'en',
      active,
      municipalities: [],
      company: null,
      organisation: null,
      createdAt: '2026-01-01T00:00:00Z',
    });
    http
      .expectOne('/api/users?role=expert&limit=200&offset=0')
      .flush({ items: [expert('a', true), expert('b', false)], total: 2, limit: 200, offset: 0 });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('textarea')).toBeNull();
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect([...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual([
      'Choose the expert.',
      'Choose the date.',
    ]);
    http.verify();
  });
});
