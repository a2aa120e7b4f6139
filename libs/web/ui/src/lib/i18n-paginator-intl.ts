import { Injectable, effect, inject, type Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '@techpact/web/i18n';

/** Material paginator texts in the current language, updated when the language changes. */
@Injectable()
export class I18nPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
      this.nextPageLabel = this.i18n.t('paginator.nextPage');
      this.previousPageLabel = this.i18n.t('paginator.previousPage');
      this.firstPageLabel = this.i18n.t('paginator.firstPage');
      this.lastPageLabel = this.i18n.t('paginator.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t('paginator.range', { start, end, total: length });
  };
}

export function providePaginatorI18n(): Provider {
  return { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl };
}
