import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  COMPANY_SORT_FIELDS,
  SIZE_BANDS,
  type CompanyDetail,
  type CompanySortField,
  type CompanySummary,
  type RefSummary,
  type SizeBand,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
import { loadLatest, onSearch, PageFeedback } from '@techpact/web/ui';
import { providePaginatorI18n } from '@techpact/web/ui/paginator';
import { type CompanyListQuery, CompaniesApi } from '../companies-api.service';
import { CompanyFormDialog, type CompanyFormData } from '../company-form/company-form-dialog';
import { sizeBandKey } from '../company-labels';

const PAGE_SIZES = [25, 50, 100] as const;

function isSortField(value: string): value is CompanySortField {
  return (COMPANY_SORT_FIELDS as readonly string[]).includes(value);
}

/** The company register: searched, filtered, sorted and paged by the API. */
@Component({
  selector: 'tp-company-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslatePipe,
  ],
  providers: [providePaginatorI18n()],
  templateUrl: './company-list-page.html',
  styleUrl: './company-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyListPage {
  private readonly api = inject(CompaniesApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly columns = [
    'name',
    'registrationNumber',
    'municipality',
    'sector',
    'sizeBand',
    'employees',
  ];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly sizeBands = SIZE_BANDS;
  protected readonly sizeBandKey = sizeBandKey;

  protected readonly q = signal('');
  protected readonly municipalityId = signal<string | null>(null);
  protected readonly size = signal<SizeBand | null>(null);
  protected readonly sort = signal<CompanySortField>('name');
  protected readonly order = signal<'asc' | 'desc'>('asc');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal<number>(PAGE_SIZES[0]);
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly companies = signal<CompanySummary[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly feedback = new PageFeedback();
  protected readonly municipalities = signal<RefSummary[]>([]);

  protected readonly filtered = computed(
    () => this.q() !== '' || this.municipalityId() !== null || this.size() !== null,
  );

  private readonly query = computed<CompanyListQuery>(() => ({
    q: this.q(),
    municipalityId: this.municipalityId(),
    size: this.size(),
    sort: this.sort(),
    order: this.order(),
    limit: this.pageSize(),
    offset: this.pageIndex() * this.pageSize(),
  }));

  constructor() {
    void this.loadMunicipalities();

    onSearch(this.search, (q) => {
      this.q.set(q);
      this.pageIndex.set(0);
    });
    loadLatest(
      this.query,
      (query) => this.api.list(query),
      { loading: this.loading, feedback: this.feedback },
      (page) => {
        this.companies.set(page.items);
        this.total.set(page.total);
      },
    );
  }

  protected filterMunicipality(id: string | null): void {
    this.municipalityId.set(id);
    this.pageIndex.set(0);
  }

  protected filterSize(size: SizeBand | null): void {
    this.size.set(size);
    this.pageIndex.set(0);
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.q.set('');
    this.municipalityId.set(null);
    this.size.set(null);
    this.pageIndex.set(0);
  }

  protected sortBy(sort: Sort): void {
    if (isSortField(sort.active) && sort.direction) {
      this.sort.set(sort.active);
      this.order.set(sort.direction);
    } else {
      this.sort.set('name');
      this.order.set('asc');
    }
    this.pageIndex.set(0);
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }

  protected register(): void {
    this.dialog
      .open<CompanyFormDialog, CompanyFormData, CompanyDetail>(CompanyFormDialog, {
        data: { company: null },
        width: '720px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) {
          void this.router.navigate(['/companies', created.id]);
        }
      });
  }

  protected show(row: CompanySummary): void {
    void this.router.navigate(['/companies', row.id]);
  }

  private async loadMunicipalities(): Promise<void> {
    try {
      this.municipalities.set(await this.api.municipalityChoices(this.auth.me()));
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
