import { HttpErrorResponse } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type DeclineRequest, type SignRequest, type SigningResult } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { SigningForm } from './signing-form';

const HASH = 'a'.repeat(64);
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('SigningForm', () => {
  let fixture: ComponentFixture<SigningForm>;
  let element: HTMLElement;
  let sign: ReturnType<typeof vi.fn<(body: SignRequest) => Promise<SigningResult>>>;
  let decline: ReturnType<typeof vi.fn<(body: DeclineRequest) => Promise<SigningResult>>>;
  let done: SigningResult[];

  function button(name: string): HTMLButtonElement {
    const found = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button ${name}`);
    return found;
  }

  function type(selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!input) throw new Error(`No ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function flush(): Promise<void> {
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.inject(I18nService).use('en');
    sign = vi.fn<(body: SignRequest) => Promise<SigningResult>>();
    decline = vi.fn<(body: DeclineRequest) => Promise<SigningResult>>();
    done = [];
    fixture = TestBed.createComponent(SigningForm);
    fixture.componentRef.setInput('hash', HASH);
    fixture.componentRef.setInput('sign', sign);
    fixture.componentRef.setInput('decline', decline);
    fixture.componentInstance.done.subscribe((result) => done.push(result));
    element = fixture.nativeElement as HTMLElement;
    await flush();
  });

  it('shows the full hash', () => {
    expect(element.querySelector('code')?.textContent).toBe(HASH);
  });

  it('asks for consent and a typed name before signing', async () => {
    button('Sign').click();
    await flush();
    expect(sign).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Tick the box to confirm.');
    expect(element.textContent).toContain('Type your full name.');

    type('input[formcontrolname="fullName"]', '   ');
    button('Sign').click();
    await flush();
    expect(sign).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Type your full name.');
  });

  it('signs with the hash shown, the trimmed name and the consent', async () => {
    const result: SigningResult = { outcome: 'allSigned', message: 'Everyone has signed.' };
    sign.mockResolvedValue(result);
    element.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    type('input[formcontrolname="fullName"]', '  Jens Jensen ');
    button('Sign').click();
    await flush();
    expect(sign).toHaveBeenCalledWith({
      consent: true,
      fullName: 'Jens Jensen',
      documentHash: HASH,
    });
    expect(done).toEqual([result]);
  });

  it('keeps what was typed and shows the refusal in the API’s words', async () => {
    sign.mockRejectedValue(
      new HttpErrorResponse({
        status: 409,
        error: {
          statusCode: 409,
          error: 'Conflict',
          message: 'This version is no longer the one awaiting signature.',
        },
      }),
    );
    element.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    type('input[formcontrolname="fullName"]', 'Jens Jensen');
    button('Sign').click();
    await flush();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'This version is no longer the one awaiting signature.',
    );
    expect(
      element.querySelector<HTMLInputElement>('input[formcontrolname="fullName"]')?.value,
    ).toBe('Jens Jensen');
    expect(done).toEqual([]);
  });

  it('declines only with a reason', async () => {
    decline.mockResolvedValue({ outcome: 'declined', message: 'The coordinator is told.' });
    button('Decline').click();
    await flush();
    button('Decline the agreement').click();
    await flush();
    expect(decline).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Give a reason.');

    type('textarea[formcontrolname="reason"]', ' The hours are too few. ');
    button('Decline the agreement').click();
    await flush();
    expect(decline).toHaveBeenCalledWith({ reason: 'The hours are too few.' });
    expect(done).toEqual([{ outcome: 'declined', message: 'The coordinator is told.' }]);
  });
});
