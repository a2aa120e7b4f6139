import { TestBed } from '@angular/core/testing';
import { I18nService } from '@techpact/web/i18n';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('offers each language by its own name and reports the choice', async () => {
    TestBed.inject(I18nService).use('en');
    const fixture = TestBed.createComponent(LanguageSwitch);
    const chosen: string[] = [];
    fixture.componentInstance.languageChange.subscribe((language) => chosen.push(language));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[role=radiogroup]')?.getAttribute('aria-label')).toBe('Language');
    const english = element.querySelector('button[aria-label="English"]');
    const danish = element.querySelector<HTMLButtonElement>('button[aria-label="Dansk"]');
    expect(english?.getAttribute('aria-checked')).toBe('true');
    danish?.click();
    expect(chosen).toEqual(['da']);
  });
});
