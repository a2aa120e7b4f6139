import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type AgreementDiff, type AgreementVersionSummary } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';
import { AgreementDiffView } from './agreement-diff-view';

/** Two version pickers and the diff between them (by default the two newest). */
@Component({
  selector: 'tp-version-compare',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    AgreementDiffView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="pickers" (ngSubmit)="compare()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agreements.diff.from' | t }}</mat-label>
        <mat-select name="from" [ngModel]="from()" (ngModelChange)="from.set($event)">
          @for (version of versions(); track version.number) {
            <mat-option [value]="version.number">{{ version.number }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agreements.diff.to' | t }}</mat-label>
        <mat-select name="to" [ngModel]="to()" (ngModelChange)="to.set($event)">
          @for (version of versions(); track version.number) {
            <mat-option [value]="version.number">{{ version.number }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="loading()">
        {{ 'agreements.diff.compare' | t }}
      </button>
    </form>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'agreements.diff.loading' | t" />
    }
    <div role="alert">
      @if (feedback.errorText(); as errorText) {
        <p class="form-error">{{ errorText }}</p>
      }
    </div>
    <div role="status">
      @if (feedback.statusText(); as statusText) {
        <p>{{ statusText }}</p>
      }
      @if (diff(); as diff) {
        <tp-agreement-diff-view [diff]="diff" />
      }
    </div>
  `,
  styles: `
    .pickers {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 16px;
    }
    mat-form-field {
      width: 160px;
    }
  `,
})
export class VersionCompare {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  /** Newest first, as the overview lists them. */
  readonly versions = input.required<readonly AgreementVersionSummary[]>();

  protected readonly from = signal<number | null>(null);
  protected readonly to = signal<number | null>(null);
  protected readonly diff = signal<AgreementDiff | null>(null);
  protected readonly loading = signal(false);
  protected readonly feedback = new PageFeedback();

  constructor() {
    effect(() => {
      const versions = this.versions();
      untracked(() => {
        this.to.set(versions[0]?.number ?? null);
        this.from.set(versions[1]?.number ?? null);
        this.diff.set(null);
      });
    });
  }

  protected async compare(): Promise<void> {
    const from = this.from();
    const to = this.to();
    this.feedback.clear();
    if (from === null || to === null || from === to) {
      this.diff.set(null);
      this.feedback.succeed({ key: 'agreements.diff.same' });
      return;
    }
    this.loading.set(true);
    try {
      this.diff.set(await this.api.diff(this.caseId(), from, to));
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
