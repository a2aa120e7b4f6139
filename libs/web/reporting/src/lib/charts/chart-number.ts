import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from '@techpact/web/i18n';

/** `{{ 1234.5 | tNumber }}`: a number the way the current language writes it (one decimal at most). */
@Pipe({ name: 'tNumber', pure: false })
export class NumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined, digits = 1): string {
    if (value === null || value === undefined) return '–';
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: digits }).format(
      value,
    );
  }
}
