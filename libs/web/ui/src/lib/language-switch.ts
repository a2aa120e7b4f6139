import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { LANGUAGES, type Language } from '@techpact/contracts';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';

/**
 * EN/DA toggle. Each option is named in its own language ("English", "Dansk"), so a person can
 * find their language whatever the page is shown in. Plain buttons in a radio group rather than
 * Material's button toggle: the switch is in the shell, and the toggle module alone weighed more
 * than 25 kB of the initial bundle.
 */
@Component({
  selector: 'tp-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="group" role="radiogroup" [attr.aria-label]="'language.label' | t">
      @for (language of languages; track language) {
        <button
          type="button"
          role="radio"
          [attr.aria-checked]="i18n.language() === language"
          [attr.aria-label]="names[language]"
          [attr.lang]="language"
          [attr.tabindex]="i18n.language() === language ? 0 : -1"
          (click)="select(language)"
          (keydown)="onKey($event)"
        >
          {{ language.toUpperCase() }}
        </button>
      }
    </div>
  `,
  styles: `
    .group {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      overflow: hidden;
    }
    button {
      min-width: 44px;
      height: 36px;
      padding: 0 12px;
      border: 0;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    button + button {
      border-left: 1px solid var(--mat-sys-outline);
    }
    button:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    button:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -3px;
    }
    button[aria-checked='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;
  protected readonly names: Readonly<Record<Language, string>> = { en: 'English', da: 'Dansk' };

  /** The language the person picked. The parent decides what else to do (e.g. save it). */
  readonly languageChange = output<Language>();

  protected select(language: Language): void {
    if (language !== this.i18n.language()) {
      this.languageChange.emit(language);
    }
  }

  /** Arrow keys move between the options, as in any radio group. */
  protected onKey(event: KeyboardEvent): void {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) {
      return;
    }
    event.preventDefault();
    const index = this.languages.indexOf(this.i18n.language());
    const next = this.languages[(index + step + this.languages.length) % this.languages.length];
    this.select(next);
    const group = (event.currentTarget as HTMLElement).parentElement;
    group?.querySelector<HTMLElement>(`[lang="${next}"]`)?.focus();
  }
}
