import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonToggleModule, type MatButtonToggleChange } from '@angular/material/button-toggle';
import { LANGUAGES, type Language } from '@techpact/contracts';
import { I18nService, TranslatePipe, isLanguage } from '@techpact/web/i18n';

/**
 * EN/DA toggle. Each option is named in its own language ("English", "Dansk"), so a person can
 * find their language whatever the page is shown in.
 */
@Component({
  selector: 'tp-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="'language.label' | t"
      [value]="i18n.language()"
      (change)="select($event)"
    >
      @for (language of languages; track language) {
        <mat-button-toggle [value]="language" [aria-label]="names[language]" [attr.lang]="language">
          {{ language.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group {
      --mat-button-toggle-height: 36px;
    }
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;
  protected readonly names: Readonly<Record<Language, string>> = { en: 'English', da: 'Dansk' };

  /** The language the person picked. The parent decides what else to do (e.g. save it). */
  readonly languageChange = output<Language>();

  protected select(change: MatButtonToggleChange): void {
    const value: unknown = change.value;
    if (isLanguage(value) && value !== this.i18n.language()) {
      this.languageChange.emit(value);
    }
  }
}
