import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  type AssessmentListItem,
  type AssessmentStatus,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { kindKey, kindSegment, statusKey } from '../assessment-labels';
import { AssessmentsApi } from '../assessments-api.service';

const STATUSES: readonly AssessmentStatus[] = ['notStarted', 'draft', 'submitted'];

/** The expert's assessments, one row per case and kind, with a link to the form. */
@Component({
  selector: 'tp-my-assessments-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './my-assessments-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    table {
      width: 100%;
    }
    .subtitle {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MyAssessmentsPage {
  private readonly api = inject(AssessmentsApi);

  protected readonly statuses = STATUSES;
  protected readonly kinds = ASSESSMENT_KINDS;
  protected readonly kindKey = kindKey;
  protected readonly statusKey = statusKey;
  protected readonly kindSegment = kindSegment;
  protected readonly columns = ['company', 'kind', 'status', 'missing', 'open'];

  protected readonly status = signal<AssessmentStatus | null>(null);
  protected readonly kind = signal<AssessmentKind | null>(null);
  protected readonly rows = signal<AssessmentListItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly feedback = new PageFeedback();

  constructor() {
    effect(() => {
      const filter = { status: this.status(), kind: this.kind() };
      untracked(() => void this.load(filter));
    });
  }

  private async load(filter: {
    status: AssessmentStatus | null;
    kind: AssessmentKind | null;
  }): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      const page = await this.api.list(filter);
      // A slower answer to an older filter must not replace a newer one.
      if (filter.status === this.status() && filter.kind === this.kind()) {
        this.rows.set(page.items);
      }
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
