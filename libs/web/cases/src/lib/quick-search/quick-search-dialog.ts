import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { AuthService } from '@techpact/web/auth';
import { I18nService, type TranslationKey, TranslatePipe } from '@techpact/web/i18n';
import { loadLatest, onSearch, PageFeedback } from '@techpact/web/ui';
import { of } from 'rxjs';
import { stateKey } from '../case-labels';
import { NO_RESULTS, QuickSearchApi } from './quick-search.api';

/** Fewer characters than this match too much to be worth a request. */
export const QUICK_SEARCH_MIN_LENGTH = 2;

interface SearchOption {
  /** The element id, for `aria-activedescendant`. */
  id: string;
  label: string;
  detail: string;
  commands: string[];
  queryParams?: Record<string, string>;
}

interface SearchGroup {
  id: 'companies' | 'cases';
  title: TranslationKey;
  options: SearchOption[];
}

/**
 * Ctrl+K / Cmd+K search over companies and cases, as an ARIA combobox: focus stays in the field,
 * the arrow keys move the active option of the grouped listbox, Enter opens it, Esc closes (and
 * the dialog returns focus to where it was). Only the groups the person's role can open are
 * searched: companies for admins and coordinators, cases (as the API scopes them) for everyone.
 */
@Component({
  selector: 'tp-quick-search-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  templateUrl: './quick-search-dialog.html',
  styleUrl: './quick-search-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickSearchDialog {
  private readonly api = inject(QuickSearchApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<QuickSearchDialog>>(MatDialogRef);
  private readonly listbox = viewChild<ElementRef<HTMLElement>>('listbox');
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');
  private readonly role = inject(AuthService).role;

  protected readonly searchesCompanies = computed(() => {
    const role = this.role();
    return role === 'admin' || role === 'coordinator';
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly q = signal('');
  protected readonly results = signal(NO_RESULTS);
  protected readonly loading = signal(false);
  protected readonly feedback = new PageFeedback();
  /** Index into {@link options}; -1 while none is active. */
  protected readonly active = signal(-1);

  protected readonly groups = computed<SearchGroup[]>(() => {
    const { companies, cases, casesTotal } = this.results();
    const groups: SearchGroup[] = [];
    if (companies.length > 0) {
      groups.push({
        id: 'companies',
        title: 'quickSearch.companies',
        options: companies.map((company) => ({
          id: `qs-company-${company.id}`,
          label: company.name,
          detail: `${company.registrationNumber} · ${company.municipality.name}`,
          commands: ['/companies', company.id],
        })),
      });
    }
    if (cases.length > 0) {
      const options: SearchOption[] = cases.map((row) => {
        const key = stateKey(row.state);
        return {
          id: `qs-case-${row.id}`,
          label: row.company.name,
          detail: `${row.company.registrationNumber} · ${row.municipality.name} · ${key ? this.i18n.t(key) : row.state}`,
          commands: ['/cases', row.id],
        };
      });
      if (casesTotal > cases.length) {
        options.push({
          id: 'qs-all-cases',
          label: this.i18n.t('quickSearch.allCases', { count: casesTotal }),
          detail: '',
          commands: ['/cases'],
          queryParams: { q: this.q() },
        });
      }
      groups.push({ id: 'cases', title: 'quickSearch.cases', options });
    }
    return groups;
  });
  protected readonly options = computed(() => this.groups().flatMap((group) => group.options));
  protected readonly activeId = computed(() => this.options()[this.active()]?.id ?? null);

  /** What the live region says: searching, how many results, or that nothing matched. */
  protected readonly status = computed(() => {
    const q = this.q();
    if (q.length < QUICK_SEARCH_MIN_LENGTH || this.feedback.errorText()) return '';
    if (this.loading()) return this.i18n.t('quickSearch.searching');
    const { companies, casesTotal } = this.results();
    const count = companies.length + casesTotal;
    if (count === 0) return this.i18n.t('quickSearch.none', { q });
    return count === 1
      ? this.i18n.t('quickSearch.foundOne')
      : this.i18n.t('quickSearch.foundMany', { count });
  });

  private readonly query = computed(() => ({ q: this.q(), companies: this.searchesCompanies() }));

  constructor() {
    // Focus goes to the field, not to the dialog, whatever the dialog's own focus rules find.
    afterNextRender(() => this.field()?.nativeElement.focus());
    onSearch(this.search, (q) => this.q.set(q));
    loadLatest(
      this.query,
      ({ q, companies }) =>
        q.length < QUICK_SEARCH_MIN_LENGTH ? of(NO_RESULTS) : this.api.search(q, { companies }),
      { loading: this.loading, feedback: this.feedback },
      (results) => {
        this.results.set(results);
        this.active.set(-1);
      },
    );
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count > 0) this.moveTo((this.active() + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.moveTo(this.active() <= 0 ? count - 1 : this.active() - 1);
        break;
      case 'Enter': {
        // Enter before any arrow key opens the first result.
        const option = this.options()[Math.max(this.active(), 0)];
        if (option) {
          event.preventDefault();
          void this.open(option);
        }
        break;
      }
    }
  }

  protected activate(option: SearchOption): void {
    this.active.set(this.options().indexOf(option));
  }

  protected async open(option: SearchOption): Promise<void> {
    this.dialogRef.close();
    await this.router.navigate(option.commands, { queryParams: option.queryParams });
  }

  private moveTo(index: number): void {
    this.active.set(index);
    const element = this.listbox()?.nativeElement.querySelectorAll('[role=option]')[index];
    // jsdom has no scrollIntoView; browsers do.
    element?.scrollIntoView?.({ block: 'nearest' });
  }
}
