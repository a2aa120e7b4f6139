import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type CaseEventType } from '@techpact/lifecycle';
import { I18nService } from '@techpact/web/i18n';
import { CaseActions } from './case-actions';

describe('CaseActions', () => {
  let fixture: ComponentFixture<CaseActions>;
  let element: HTMLElement;

  async function render(events: readonly string[], busy: CaseEventType | null = null) {
    fixture.componentRef.setInput('events', events);
    fixture.componentRef.setInput('busy', busy);
    await fixture.whenStable();
  }

  function buttons(): HTMLButtonElement[] {
    return [...element.querySelectorAll('button')];
  }

  beforeEach(() => {
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(CaseActions);
    element = fixture.nativeElement as HTMLElement;
  });

  it('shows a button for exactly the allowed events, in their order', async () => {
    await render(['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW']);
    expect(buttons().map((b) => b.textContent?.trim())).toEqual([
      'Schedule assessment',
      'Put on hold',
      'Withdraw',
    ]);
  });

  it('shows other buttons when the allowed events change', async () => {
    await render(['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW']);
    await render(['RESUME', 'WITHDRAW']);
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Resume', 'Withdraw']);
  });

  it('leaves out event types it does not know', async () => {
    await render(['START_ASSESSMENT', 'SELF_DESTRUCT']);
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Start assessment']);
  });

  it('says so when nothing is allowed', async () => {
    await render([]);
    expect(buttons()).toHaveLength(0);
    expect(element.textContent).toContain('There is nothing you can do on this case right now.');
  });

  it('tells which event was chosen', async () => {
    const chosen: CaseEventType[] = [];
    fixture.componentInstance.choose.subscribe((type) => chosen.push(type));
    await render(['PAUSE', 'WITHDRAW']);
    buttons()[1].click();
    expect(chosen).toEqual(['WITHDRAW']);
  });

  it('disables every button while an event is being sent', async () => {
    await render(['RESUME', 'WITHDRAW'], 'RESUME');
    expect(buttons().every((b) => b.disabled)).toBe(true);
  });
});
