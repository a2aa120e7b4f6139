import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type CaseDetail, type CaseTimelineEntry } from '@techpact/contracts';
import { type CaseEventType } from '@techpact/lifecycle';
import { CaseAgreementVersions } from '@techpact/web/agreements';
import { CaseAssessmentSection } from '@techpact/web/assessments';
import { AuthService } from '@techpact/web/auth';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { CaseRemindersSection } from '@techpact/web/reminders';
import { CaseCompletionSection } from '@techpact/web/reporting';
import { CaseActivitiesSection, CaseHoursSection } from '@techpact/web/timesheets';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { CaseActions } from '../case-actions/case-actions';
import {
  CaseEventDialog,
  type CaseEventDialogData,
  type CaseEventPayload,
  needsInput,
} from '../case-event-dialog/case-event-dialog';
import { eventKey, stateKey } from '../case-labels';
import { CasePath } from '../case-path/case-path';
import { CaseTimeline } from '../case-timeline/case-timeline';
import { CasesApi } from '../cases-api.service';
import { StateChip } from '../state-chip';
import { type CaseTab, reached, tabIndex, tabKey, tabsFor } from './case-tabs';

const TIMELINE_PAGE = 50;

/** The outcome of the last event sent from this page. */
interface SentEvent {
  type: CaseEventType;
  state: string;
}

/**
 * One case, the hub of its work: a header with the company, where it is on the path and the
 * actions the caller may take now (the API decides; this page offers exactly its
 * `allowedEvents`), then the sections as tabs. The selected tab is in the address (`?tab=`), so
 * links and reloads keep it; a tab's content loads when it is first opened.
 */
@Component({
  selector: 'tp-case-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    CaseActions,
    CaseActivitiesSection,
    CaseAgreementVersions,
    CaseAssessmentSection,
    CaseCompletionSection,
    CaseHoursSection,
    CaseRemindersSection,
    CasePath,
    CaseTimeline,
    StateChip,
    LocalDatePipe,
    TranslatePipe,
  ],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  private readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly role = inject(AuthService).role;

  /** The case id, from the route (`/cases/:id`). */
  readonly id = input.required<string>();
  /** The selected tab, from `?tab=`; none is the overview. */
  readonly tab = input<string | undefined>();

  protected readonly tabs = computed(() => tabsFor(this.role()));
  protected readonly selectedIndex = computed(() => tabIndex(this.tabs(), this.tab()));
  protected readonly tabKey = tabKey;
  protected readonly reached = reached;

  protected readonly caseFile = signal<CaseDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly loadFeedback = new PageFeedback();

  protected readonly timeline = signal<CaseTimelineEntry[]>([]);
  protected readonly timelineTotal = signal(0);
  protected readonly timelineLoading = signal(false);
  protected readonly timelineFeedback = new PageFeedback();

  protected readonly busy = signal<CaseEventType | null>(null);
  protected readonly actionFeedback = new PageFeedback();
  private readonly sent = signal<SentEvent | null>(null);

  protected readonly busyText = computed(() => {
    const busy = this.busy();
    return busy ? this.i18n.t('cases.page.sending', { event: this.i18n.t(eventKey(busy)) }) : null;
  });
  protected readonly sentText = computed(() => {
    const sent = this.sent();
    if (!sent) return null;
    const key = stateKey(sent.state);
    return this.i18n.t('cases.page.done', {
      event: this.i18n.t(eventKey(sent.type)),
      state: key ? this.i18n.t(key) : sent.state,
    });
  });
  protected readonly hasOlder = computed(() => this.timeline().length < this.timelineTotal());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.open(id));
    });
  }

  /** Puts the chosen tab in the address without a history entry per click. */
  protected select(index: number): void {
    const tab: CaseTab | undefined = this.tabs()[index];
    if (!tab || index === this.selectedIndex()) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: tab === 'overview' ? null : tab },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected choose(type: CaseEventType): void {
    this.sent.set(null);
    this.actionFeedback.clear();
    if (needsInput(type)) {
      const data: CaseEventDialogData = {
        type,
        send: (payload) => this.send(type, payload),
      };
      this.dialog.open<CaseEventDialog, CaseEventDialogData, boolean>(CaseEventDialog, {
        data,
        width: '560px',
        maxWidth: '95vw',
      });
      return;
    }
    // Without input there is no dialog: the answer shows beside the buttons.
    this.send(type, {}).catch((error: unknown) => this.actionFeedback.fail(error));
  }

  /** A section recorded something on the case: its version and timeline moved on. */
  protected refresh(): void {
    const current = this.caseFile();
    if (current) void this.reload(current.id);
  }

  protected async showOlder(): Promise<void> {
    const current = this.caseFile();
    if (current) {
      await this.loadTimeline(current.id, this.timeline().length);
    }
  }

  /** Sends one event; rejects with the API's error so that a dialog can show it and stay open. */
  private async send(type: CaseEventType, payload: CaseEventPayload): Promise<void> {
    const current = this.caseFile();
    if (!current || this.busy()) {
      return;
    }
    this.busy.set(type);
    try {
      const updated = await this.api.sendEvent(current.id, {
        type,
        expectedVersion: current.version,
        ...payload,
      });
      this.caseFile.set(updated);
      this.sent.set({ type, state: updated.state });
      await this.loadTimeline(updated.id);
    } catch (error) {
      // Someone else may have moved the case: show its current state and buttons behind the message.
      if (toApiProblem(error).status === 409) {
        void this.reload(current.id);
      }
      throw error;
    } finally {
      this.busy.set(null);
    }
  }

  private async open(id: string): Promise<void> {
    this.caseFile.set(null);
    this.timeline.set([]);
    this.timelineTotal.set(0);
    this.notFound.set(false);
    this.loadFeedback.clear();
    this.actionFeedback.clear();
    this.sent.set(null);
    this.loading.set(true);
    try {
      this.caseFile.set(await this.api.get(id));
    } catch (error) {
      const status = toApiProblem(error).status;
      if (status === 404 || status === 400) {
        this.notFound.set(true);
      } else {
        this.loadFeedback.fail(error);
      }
      return;
    } finally {
      this.loading.set(false);
    }
    await this.loadTimeline(id);
  }

  private async reload(id: string): Promise<void> {
    try {
      this.caseFile.set(await this.api.get(id));
      await this.loadTimeline(id);
    } catch {
      // The error of the event is already shown; a failed refresh adds nothing a person can act on.
    }
  }

  private async loadTimeline(id: string, offset = 0): Promise<void> {
    this.timelineLoading.set(true);
    this.timelineFeedback.clear();
    try {
      const page = await this.api.timeline(id, TIMELINE_PAGE, offset);
      this.timeline.update((entries) => (offset === 0 ? page.items : [...entries, ...page.items]));
      this.timelineTotal.set(page.total);
    } catch (error) {
      this.timelineFeedback.fail(error);
    } finally {
      this.timelineLoading.set(false);
    }
  }
}
