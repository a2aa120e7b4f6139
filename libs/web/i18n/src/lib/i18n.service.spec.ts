import { Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  imports: [TranslatePipe],
  template: `<h1>{{ 'start.welcome' | t: { name: 'Ada' } }}</h1>
    <a href="/cases">{{ 'nav.cases' | t }}</a>`,
})
class Host {}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('starts in the remembered language once its texts have loaded', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'da');
    const i18n = TestBed.inject(I18nService);
    await i18n.ready();
    expect(i18n.language()).toBe('da');
    expect(i18n.t('nav.cases')).toBe('Sager');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('da');
  });

  it('fills placeholders', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    expect(i18n.t('start.welcome', { name: 'Ada' })).toBe('Welcome, Ada');
  });

  it('switches language, sets <html lang> and remembers the choice', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    await i18n.use('da');
    expect(i18n.t('nav.cases')).toBe('Sager');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('da');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('da');
  });

  /** A fresh copy of the service's module: only English is loaded, as on a first visit. */
  async function freshService(): Promise<I18nService> {
    vi.resetModules();
    const fresh = await import('./i18n.service');
    return TestBed.inject(fresh.I18nService);
  }

  it('keeps English on screen until the Danish chunk has arrived', async () => {
    const i18n = await freshService();
    i18n.use('en');
    const switching = i18n.use('da');
    // The Danish dictionary is a separate chunk: nothing changes before it is there.
    expect(i18n.language()).toBe('en');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    await switching;
    expect(i18n.language()).toBe('da');
    // Once loaded, switching back and forth is synchronous.
    i18n.use('en');
    expect(i18n.t('nav.cases')).toBe('Cases');
    i18n.use('da');
    expect(i18n.t('nav.cases')).toBe('Sager');
  });

  it('lets the latest choice win when an earlier load finishes later', async () => {
    const i18n = await freshService();
    i18n.use('en');
    const slow = i18n.use('da');
    i18n.use('en');
    await slow;
    expect(i18n.language()).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('formats a calendar date without shifting the day', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    expect(i18n.formatDate('2025-01-31')).toContain('31');
    expect(i18n.formatDate(null)).toBe('');
  });

  it('re-renders templates without reload when the language changes', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Welcome, Ada');
    expect(element.querySelector('a')?.textContent).toBe('Cases');

    // No await on `use`: the pending load keeps the fixture unstable until Danish is shown.
    void i18n.use('da');
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Velkommen, Ada');
    expect(element.querySelector('a')?.textContent).toBe('Sager');
  });
});
