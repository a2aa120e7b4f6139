import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type AgreementOverview } from '@techpact/contracts';
import { LocalDatePipe, LocalNumberPipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi, versionPdfUrl } from '../agreements-api.service';
import { VersionStatusChip } from '../version-status-chip';

/**
 * The agreement tab of the case page: every version with its status (amendments keep the old
 * ones on record), the signed PDF of versions in force, and the way to the agreement page.
 */
@Component({
  selector: 'tp-case-agreement-versions',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    VersionStatusChip,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="case-versions-heading">
      <h2 id="case-versions-heading">{{ 'caseHub.versions.heading' | t }}</h2>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
      @if (overview(); as overview) {
        @if (overview.versions.length === 0) {
          <p>{{ 'caseHub.versions.none' | t }}</p>
        } @else {
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">
                {{
                  'caseHub.versions.caption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'caseHub.versions.number' | t }}</th>
                  <th scope="col">{{ 'caseHub.versions.title' | t }}</th>
                  <th scope="col">{{ 'caseHub.versions.status' | t }}</th>
                  <th scope="col">{{ 'caseHub.versions.sent' | t }}</th>
                  <th scope="col">{{ 'caseHub.versions.inForce' | t }}</th>
                  <th scope="col" class="num">{{ 'caseHub.versions.plannedHours' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (version of overview.versions; track version.id) {
                  <tr>
                    <th scope="row">{{ version.number }}</th>
                    <td>
                      {{ version.title }}
                      @if (version.status === 'in_force') {
                        <a
                          class="pdf"
                          [href]="pdfUrl(version.number)"
                          download
                          [attr.aria-label]="
                            'myCase.agreement.download' | t: { number: version.number }
                          "
                          >{{ 'agreements.signing.download' | t }}</a
                        >
                      }
                    </td>
                    <td><tp-version-status-chip [status]="version.status" /></td>
                    <td>{{ version.sentAt | tDate }}</td>
                    <td>{{ version.inForceAt | tDate }}</td>
                    <td class="num">{{ version.totalPlannedHours | tNumber }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
      <a mat-stroked-button [routerLink]="['/cases', caseId(), 'agreement']">{{
        'caseHub.versions.open' | t
      }}</a>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .table-scroll {
      overflow-x: auto;
      margin-bottom: 16px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    thead th {
      font: var(--mat-sys-label-large);
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .pdf {
      display: block;
      margin-top: 4px;
    }
  `,
})
export class CaseAgreementVersions {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after an event) loads the versions again. */
  readonly state = input.required<string>();

  protected readonly overview = signal<AgreementOverview | null>(null);
  protected readonly loading = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly pdfUrl = (number: number): string =>
    versionPdfUrl(this.caseId(), number, 'signed');

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.state();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      const overview = await this.api.overview(id);
      if (id === this.caseId()) this.overview.set(overview);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
