import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';

/** `{{ activity.loggedHours | tNumber }}`: a number (hours: up to two decimals) in the current language. */
@Pipe({ name: 'tNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined, maximumFractionDigits = 2): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits }).format(value);
  }
}
