import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';
import { type TranslationKey, type TranslationParams } from './translations';

/**
 * `{{ 'nav.cases' | t }}` or `{{ 'start.welcome' | t: { name } }}`. Impure so that it re-reads
 * the language signal; the lookup is a few property reads.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
