import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { ActivatedRoute, type Params, RouterLink } from '@angular/router';
import { SAVED_CASE_VIEW_LIMIT, type SavedCaseView } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { DeleteViewDialog } from './delete-view-dialog';
import { SaveViewDialog, type SaveViewDialogData } from './save-view-dialog';
import { paramsFromViewQuery, viewKey, viewQueryFromParams } from './saved-view-params';
import { SavedViewsApi } from './saved-views.api';

/**
 * The person's saved views of the case list: each a link that applies its filters (the address
 * changes, the list follows), the one matching the current filters marked, plus save, rename and
 * delete. Views live on the server, so they follow the person to other devices.
 */
@Component({
  selector: 'tp-saved-views',
  imports: [RouterLink, MatButtonModule, MatMenuModule, TranslatePipe],
  templateUrl: './saved-views.html',
  styleUrl: './saved-views.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedViews {
  private readonly api = inject(SavedViewsApi);
  private readonly dialog = inject(MatDialog);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap);
  private readonly saveButton = viewChild('saveButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  protected readonly limit = SAVED_CASE_VIEW_LIMIT;
  protected readonly views = signal<SavedCaseView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly feedback = new PageFeedback();

  /** The current filters as a view would hold them. */
  private readonly currentQuery = computed(() => {
    const params = this.params();
    return params ? viewQueryFromParams(params) : {};
  });
  /** The saved view whose filters are the current ones, if any. */
  protected readonly current = computed(() => {
    const key = viewKey(this.currentQuery());
    return this.views().find((view) => viewKey(view.query) === key) ?? null;
  });
  /** What the template shows per view: its link's parameters and whether it is the current one. */
  protected readonly items = computed(() => {
    const current = this.current();
    return this.views().map((view) => ({
      view,
      params: paramsFromViewQuery(view.query) satisfies Params,
      current: view.id === current?.id,
    }));
  });
  protected readonly full = computed(() => this.views().length >= SAVED_CASE_VIEW_LIMIT);

  constructor() {
    void this.load();
  }

  protected save(): void {
    this.openNameDialog({ mode: 'create', query: this.currentQuery() }, (saved) => {
      this.views.update((views) => [...views, saved]);
      this.feedback.succeed({ key: 'caseViews.saved', params: { name: saved.name } });
    });
  }

  protected rename(view: SavedCaseView, trigger: HTMLElement): void {
    this.openNameDialog(
      { mode: 'rename', view },
      (renamed) => {
        this.views.update((views) => views.map((v) => (v.id === renamed.id ? renamed : v)));
        this.feedback.succeed({ key: 'caseViews.renamed', params: { name: renamed.name } });
      },
      trigger,
    );
  }

  protected remove(view: SavedCaseView): void {
    this.dialog
      .open<DeleteViewDialog, SavedCaseView, boolean>(DeleteViewDialog, { data: view })
      .afterClosed()
      .subscribe((deleted) => {
        if (!deleted) return;
        this.views.update((views) => views.filter((v) => v.id !== view.id));
        this.feedback.succeed({ key: 'caseViews.deleted', params: { name: view.name } });
        // The view's own buttons are gone; the save button is the nearest place to continue.
        this.saveButton()?.nativeElement.focus();
      });
  }

  private openNameDialog(
    data: SaveViewDialogData,
    done: (view: SavedCaseView) => void,
    returnFocus?: HTMLElement,
  ): void {
    this.dialog
      .open<SaveViewDialog, SaveViewDialogData, SavedCaseView>(SaveViewDialog, {
        data,
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((view) => {
        if (view) done(view);
        if (returnFocus?.isConnected) returnFocus.focus();
      });
  }

  private async load(): Promise<void> {
    try {
      this.views.set(await this.api.list());
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loaded.set(true);
    }
  }
}
