import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ActivatedRoute,
  type ParamMap,
  type Params,
  Router,
  RouterLink,
  convertToParamMap,
} from '@angular/router';
import {
  CASE_SORT_FIELDS,
  type CaseDetail,
  type CaseSortField,
  type CaseSortOrder,
  type CaseSummary,
  type RefSummary,
} from '@techpact/contracts';
import { CASE_STATE_VALUES, isCaseStateValue } from '@techpact/lifecycle';
import { AuthService } from '@techpact/web/auth';
import { caseFilterText } from '@techpact/web/reporting';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { loadLatest, onSearch, PageFeedback } from '@techpact/web/ui';
import { providePaginatorI18n } from '@techpact/web/ui/paginator';
import { knownStateKey } from '../case-labels';
import { type CaseListQuery, CasesApi } from '../cases-api.service';
import { OpenCaseDialog } from '../open-case/open-case-dialog';
import { StateChip } from '../state-chip';
import { SavedViews } from './saved-views';

const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_SORT: CaseSortField = 'updatedAt';
const DEFAULT_ORDER: CaseSortOrder = 'desc';

/** The parameters this page owns; any other filter (e.g. from a dashboard link) is passed on. */
const OWN_PARAMS = new Set(['state', 'municipalityId', 'q', 'sort', 'order', 'size', 'page']);

/** An address's query in one comparable form, to tell our own address updates from navigation. */
function canonical(params: ParamMap): string {
  return [...params.keys]
    .sort()
    .map((key) => `${key}=${params.getAll(key).join(',')}`)
    .join('&');
}

function isSortField(value: string | null): value is CaseSortField {
  return (CASE_SORT_FIELDS as readonly (string | null)[]).includes(value);
}

/**
 * Cases the caller may see, filtered, searched, sorted and paged by the API. The filters live in
 * the address, so a link or the back button brings the same list again.
 */
@Component({
  selector: 'tp-case-list-page',
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
    StateChip,
    SavedViews,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [providePaginatorI18n()],
  templateUrl: './case-list-page.html',
  styleUrl: './case-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  /** The address this page last wrote, so that its own updates are not read back. */
  private written: string | null = null;

  protected readonly columns = ['company', 'municipality', 'state', 'coordinator', 'updated'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly stateOptions = CASE_STATE_VALUES.map((state) => ({
    state,
    key: knownStateKey(state),
  }));

  protected readonly states = signal<string[]>([]);
  protected readonly municipalityId = signal<string | null>(null);
  protected readonly q = signal('');
  protected readonly sort = signal<CaseSortField>(DEFAULT_SORT);
  protected readonly order = signal<CaseSortOrder>(DEFAULT_ORDER);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal<number>(PAGE_SIZES[0]);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly extra = signal<Readonly<Record<string, readonly string[]>>>({});
  /** The passed-on filters in words, e.g. "Also filtered by: period …; agreement signed". */
  protected readonly extraText = computed(() => caseFilterText(this.extra(), this.i18n));

  protected readonly cases = signal<CaseSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly feedback = new PageFeedback();
  protected readonly municipalities = signal<RefSummary[]>([]);

  protected readonly canOpen = computed(() => {
    const role = this.auth.role();
    return role === 'admin' || role === 'coordinator';
  });
  protected readonly filtered = computed(
    () =>
      this.states().length > 0 ||
      this.municipalityId() !== null ||
      this.q() !== '' ||
      Object.keys(this.extra()).length > 0,
  );

  private readonly query = computed<CaseListQuery>(() => ({
    states: this.states(),
    municipalityId: this.municipalityId(),
    q: this.q(),
    sort: this.sort(),
    order: this.order(),
    limit: this.pageSize(),
    offset: this.pageIndex() * this.pageSize(),
    extra: this.extra(),
  }));

  constructor() {
    // The first value reads the address; later ones follow links and the back button.
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      if (canonical(params) !== this.written) this.readAddress(params);
    });
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
        this.cases.set(page.items);
        this.total.set(page.total);
      },
    );

    effect(() => this.writeAddress(this.query()));
  }

  protected filterStates(states: string[]): void {
    this.states.set(states);
    this.pageIndex.set(0);
  }

  protected filterMunicipality(id: string | null): void {
    this.municipalityId.set(id);
    this.pageIndex.set(0);
  }

  protected clearFilters(): void {
    this.states.set([]);
    this.municipalityId.set(null);
    this.extra.set({});
    this.search.setValue('', { emitEvent: false });
    this.q.set('');
    this.pageIndex.set(0);
  }

  protected sortBy(sort: Sort): void {
    if (isSortField(sort.active) && sort.direction) {
      this.sort.set(sort.active);
      this.order.set(sort.direction);
    } else {
      this.sort.set(DEFAULT_SORT);
      this.order.set(DEFAULT_ORDER);
    }
    this.pageIndex.set(0);
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }

  protected openCase(): void {
    this.dialog
      .open<OpenCaseDialog, undefined, CaseDetail>(OpenCaseDialog, {
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((opened) => {
        if (opened) {
          void this.router.navigate(['/cases', opened.id]);
        }
      });
  }

  protected show(row: CaseSummary): void {
    void this.router.navigate(['/cases', row.id]);
  }

  private readAddress(params: ParamMap): void {
    // `state=a,b` as the API takes it, as well as `state=a&state=b`.
    const states = params.getAll('state').flatMap((value) => value.split(','));
    this.states.set(states.map((state) => state.trim()).filter(isCaseStateValue));
    this.municipalityId.set(params.get('municipalityId'));
    this.extra.set(
      Object.fromEntries(
        params.keys.filter((key) => !OWN_PARAMS.has(key)).map((key) => [key, params.getAll(key)]),
      ),
    );
    const q = params.get('q') ?? '';
    this.q.set(q);
    this.search.setValue(q, { emitEvent: false });
    const sort = params.get('sort');
    this.sort.set(isSortField(sort) ? sort : DEFAULT_SORT);
    const order = params.get('order');
    this.order.set(order === 'asc' || order === 'desc' ? order : DEFAULT_ORDER);
    const size = Number(params.get('size'));
    this.pageSize.set((PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0]);
    const page = Number(params.get('page'));
    this.pageIndex.set(Number.isInteger(page) && page > 0 ? page - 1 : 0);
  }

  private writeAddress(query: CaseListQuery): void {
    const defaults = query.sort === DEFAULT_SORT && query.order === DEFAULT_ORDER;
    const queryParams: Params = {
      ...query.extra,
      state: query.states.length > 0 ? query.states : null,
      municipalityId: query.municipalityId,
      q: query.q || null,
      sort: defaults ? null : query.sort,
      order: defaults ? null : query.order,
      size: query.limit === PAGE_SIZES[0] ? null : query.limit,
      page: query.offset > 0 ? this.pageIndex() + 1 : null,
    };
    const written = Object.entries(queryParams).filter(([, value]) => value !== null);
    this.written = canonical(convertToParamMap(Object.fromEntries(written)));
    // Not merged: a passed-on filter that was cleared must leave the address too.
    void this.router.navigate([], { relativeTo: this.route, replaceUrl: true, queryParams });
  }

  /** Coordinators filter by their own municipalities, admins by the programme's. */
  private async loadMunicipalities(): Promise<void> {
    const me = this.auth.me();
    if (!me) return;
    if (me.role === 'coordinator') {
      this.municipalities.set(me.municipalities);
    } else if (me.role === 'admin') {
      try {
        this.municipalities.set(await this.api.municipalities(me.programme.id));
      } catch (error) {
        this.feedback.fail(error);
      }
    }
  }
}
