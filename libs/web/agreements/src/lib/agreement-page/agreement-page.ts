import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type AgreementOverview,
  type AgreementVersionDetail,
  type CaseDetail,
  type RefSummary,
} from '@techpact/contracts';
import { I18nService, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { AgreementDocument } from '../agreement-document/agreement-document';
import { versionStatusKey } from '../agreement-labels';
import { type AgreementEvent, AgreementsApi, versionPdfUrl } from '../agreements-api.service';
import { VersionCompare } from '../diff/version-compare';
import { HoursBudgetPanel } from '../hours/hours-budget-panel';
import { DocumentHash } from '../signing/document-hash';
import { DraftForm } from './draft-form';
import { SignersPicker } from './signers-picker';
import { SignersStatus } from './signers-status';
import { SuggestionsPicker } from './suggestions-picker';
import { UpgradesEditor } from './upgrades-editor';
import { VersionsTable } from './versions-table';

/** Events offered as buttons at the top; sending is offered below the draft it sends. */
const TOP_EVENTS: readonly AgreementEvent[] = ['COUNTERSIGN', 'AMEND_AGREEMENT', 'RECALL'];

const eventKey = (type: AgreementEvent): TranslationKey => `cases.events.${type}`;

/**
 * `/cases/:id/agreement`: every version of the case's agreement; the draft editor for whoever
 * may edit it (upgrades, hours against the budget, signers, sending), and the read-only view of
 * any version with its signers, PDFs and the differences between two versions.
 */
@Component({
  selector: 'tp-agreement-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    AgreementDocument,
    DocumentHash,
    DraftForm,
    HoursBudgetPanel,
    SignersPicker,
    SignersStatus,
    SuggestionsPicker,
    UpgradesEditor,
    VersionCompare,
    VersionsTable,
    TranslatePipe,
  ],
  templateUrl: './agreement-page.html',
  styleUrl: './agreement-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementPage {
  private readonly api = inject(AgreementsApi);
  private readonly i18n = inject(I18nService);
  private readonly draftForm = viewChild(DraftForm);

  /** The case id, from the route. */
  readonly id = input.required<string>();

  protected readonly caseFile = signal<CaseDetail | null>(null);
  protected readonly overview = signal<AgreementOverview | null>(null);
  protected readonly detail = signal<AgreementVersionDetail | null>(null);
  protected readonly experts = signal<RefSummary[]>([]);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly loadFeedback = new PageFeedback();

  protected readonly busy = signal<AgreementEvent | null>(null);
  protected readonly actionFeedback = new PageFeedback();
  protected readonly sendFeedback = new PageFeedback();

  protected readonly statusKey = versionStatusKey;
  protected readonly eventKey = eventKey;

  protected readonly selected = computed(() => this.detail()?.number ?? null);
  protected readonly canEdit = computed(() => this.detail()?.canEdit === true);
  protected readonly topEvents = computed(() => {
    const allowed = this.caseFile()?.allowedEvents ?? [];
    return TOP_EVENTS.filter((type) => allowed.includes(type));
  });
  protected readonly canSend = computed(
    () => this.caseFile()?.allowedEvents.includes('SEND_FOR_SIGNATURE') === true,
  );
  protected readonly busyText = computed(() => {
    const busy = this.busy();
    return busy
      ? this.i18n.t('agreements.page.sending', { event: this.i18n.t(eventKey(busy)) })
      : null;
  });
  protected readonly documentPdf = computed(() => {
    const detail = this.detail();
    return detail?.documentHash ? versionPdfUrl(this.id(), detail.number, 'document') : null;
  });
  protected readonly signedPdf = computed(() => {
    const detail = this.detail();
    return detail?.hasSignedPdf ? versionPdfUrl(this.id(), detail.number, 'signed') : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.open(id));
    });
  }

  protected async show(number: number): Promise<void> {
    this.loadFeedback.clear();
    try {
      this.detail.set(await this.loadVersion(this.id(), number));
    } catch (error) {
      this.loadFeedback.fail(error);
    }
  }

  /** After a change to the upgrades or signers: the draft and the list's totals. */
  protected async draftChanged(): Promise<void> {
    const id = this.id();
    try {
      const [draft, overview] = await Promise.all([this.api.draft(id), this.api.overview(id)]);
      this.detail.set(draft);
      this.overview.set(overview);
    } catch (error) {
      this.loadFeedback.fail(error);
    }
  }

  protected draftSaved(draft: AgreementVersionDetail): void {
    this.detail.set(draft);
  }

  protected async send(type: AgreementEvent): Promise<void> {
    const current = this.caseFile();
    if (!current || this.busy()) return;
    const feedback = type === 'SEND_FOR_SIGNATURE' ? this.sendFeedback : this.actionFeedback;
    this.actionFeedback.clear();
    this.sendFeedback.clear();
    // Send what is on the screen: unsaved text goes first, or nothing is sent.
    if (type === 'SEND_FOR_SIGNATURE' && !(await (this.draftForm()?.save() ?? true))) {
      return;
    }
    this.busy.set(type);
    try {
      const updated = await this.api.sendEvent(current.id, type, current.version);
      this.caseFile.set(updated);
      await this.loadAgreement(current.id);
      this.actionFeedback.succeed({
        key: 'agreements.page.done',
        params: { event: this.i18n.t(eventKey(type)) },
      });
    } catch (error) {
      feedback.fail(error);
      // Someone else may have moved the case: show its current buttons behind the message.
      if (toApiProblem(error).status === 409) void this.refreshCase(current.id);
    } finally {
      this.busy.set(null);
    }
  }

  private async open(id: string): Promise<void> {
    this.caseFile.set(null);
    this.overview.set(null);
    this.detail.set(null);
    this.notFound.set(false);
    this.loadFeedback.clear();
    this.actionFeedback.clear();
    this.sendFeedback.clear();
    this.loading.set(true);
    try {
      this.caseFile.set(await this.api.caseFile(id));
      await this.loadAgreement(id);
    } catch (error) {
      const status = toApiProblem(error).status;
      if (status === 404 || status === 400 || status === 403) {
        this.notFound.set(true);
      } else {
        this.loadFeedback.fail(error);
      }
    } finally {
      this.loading.set(false);
    }
  }

  /** The overview, then the version to show: the draft, else the one in force, else the newest. */
  private async loadAgreement(id: string): Promise<void> {
    const overview = await this.api.overview(id);
    this.overview.set(overview);
    const number = overview.draftNumber ?? overview.inForceNumber ?? overview.versions[0]?.number;
    const detail = number === undefined ? null : await this.loadVersion(id, number);
    this.detail.set(detail);
    if (detail?.canEdit && this.experts().length === 0) void this.loadExperts();
  }

  private loadVersion(id: string, number: number): Promise<AgreementVersionDetail> {
    return number === this.overview()?.draftNumber
      ? this.api.draft(id)
      : this.api.version(id, number);
  }

  private async loadExperts(): Promise<void> {
    try {
      this.experts.set((await this.api.experts()).map(({ id, name }) => ({ id, name })));
    } catch (error) {
      this.loadFeedback.fail(error);
    }
  }

  private async refreshCase(id: string): Promise<void> {
    try {
      this.caseFile.set(await this.api.caseFile(id));
    } catch {
      // The event's error is already shown; a failed refresh adds nothing a person can act on.
    }
  }
}
