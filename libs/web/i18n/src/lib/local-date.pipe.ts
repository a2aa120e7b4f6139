import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';

/** `{{ programme.startsOn | tDate }}`: a date in the current language's format. */
@Pipe({ name: 'tDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, withTime = false): string {
    return this.i18n.formatDate(value, withTime);
  }
}
