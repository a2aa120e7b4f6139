import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type CasePosition } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CasePath } from './case-path';

const active: CasePosition = {
  index: 1,
  step: 'assessment',
  onHold: false,
  withdrawn: false,
  completed: false,
};

describe('CasePath', () => {
  let fixture: ComponentFixture<CasePath>;
  let element: HTMLElement;

  async function render(position: CasePosition): Promise<void> {
    fixture.componentRef.setInput('position', position);
    await fixture.whenStable();
  }

  function steps(): HTMLLIElement[] {
    return [...element.querySelectorAll<HTMLLIElement>('ol > li')];
  }

  beforeEach(() => {
    TestBed.inject(I18nService).use('en');
    fixture = TestBed.createComponent(CasePath);
    element = fixture.nativeElement as HTMLElement;
  });

  it('draws the five steps of the main path as an ordered list', async () => {
    await render(active);
    expect(element.querySelector('ol')?.getAttribute('aria-label')).toBe('Path of the case');
    expect(steps().map((li) => li.querySelector('.name')?.textContent?.trim())).toEqual([
      'Intake',
      'Assessment',
      'Agreement',
      'Implementation',
      'Completion',
    ]);
  });

  it('marks the current step, and only it, with aria-current="step"', async () => {
    await render(active);
    const current = element.querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute('aria-current')).toBe('step');
    expect(current[0].textContent).toContain('Assessment');
    expect(steps()[0].textContent).toContain('(done)');
    expect(steps()[0].classList).toContain('done');
    expect(steps()[2].classList).toContain('ahead');
    expect(element.textContent).not.toContain('On hold');
  });

  it('says "On hold" on the step the case resumes to', async () => {
    await render({ ...active, index: 0, step: 'intake', onHold: true });
    const current = element.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Intake');
    expect(current?.querySelector('.flag')?.textContent?.trim()).toBe('On hold');
    expect(element.querySelector('ol')?.classList).toContain('tone-paused');
    expect(element.querySelectorAll('.flag')).toHaveLength(1);
  });

  it('says "Withdrawn" on the step the case was withdrawn from', async () => {
    await render({ ...active, withdrawn: true });
    expect(element.querySelector('[aria-current="step"] .flag')?.textContent?.trim()).toBe(
      'Withdrawn',
    );
  });

  it('shows a completed case with every step done', async () => {
    await render({
      index: 4,
      step: 'completion',
      onHold: false,
      withdrawn: false,
      completed: true,
    });
    expect(steps().every((li) => li.classList.contains('done'))).toBe(true);
    expect(element.querySelector('[aria-current="step"] .flag')?.textContent?.trim()).toBe(
      'Completed',
    );
  });

  it('follows the language', async () => {
    await render({ ...active, onHold: true });
    await TestBed.inject(I18nService).use('da'); // Danish is a lazy chunk
    fixture.detectChanges();
    expect(element.querySelector('[aria-current="step"]')?.textContent).toContain('Vurdering');
    expect(element.querySelector('.flag')?.textContent?.trim()).toBe('Sat i bero');
  });
});
