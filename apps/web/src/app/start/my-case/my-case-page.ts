import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
// This page is itself lazy (`loadComponent`), so the agreements library loads with it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AgreementsApi } from '@techpact/web/agreements';
import { TranslatePipe } from '@techpact/web/i18n';
import { Loaded } from '../loaded';
import { StartApi } from '../start-api.service';
import { MyCaseCard } from './my-case-card';

/** A company has one open case at a time; a few older ones are plenty to show beside it. */
const CASES_SHOWN = 5;

/** The SME user's start page: their company's case(s), each as a {@link MyCaseCard}. */
@Component({
  selector: 'tp-my-case-page',
  imports: [MatButtonModule, MatProgressBarModule, MyCaseCard, TranslatePipe],
  template: `
    <h1>{{ 'myCase.title' | t }}</h1>
    <p class="intro">{{ 'myCase.intro' | t }}</p>
    @if (cases.loading() || pending.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
    }
    <div role="alert">
      @for (part of [cases, pending]; track $index) {
        @if (part.feedback.errorText(); as errorText) {
          <p class="form-error">
            {{ errorText }}
            <button type="button" mat-button (click)="part.load()">{{ 'home.retry' | t }}</button>
          </p>
        }
      }
    </div>
    @if (cases.value(); as page) {
      @for (caseFile of page.items; track caseFile.id) {
        <tp-my-case-card [caseId]="caseFile.id" [pending]="pending.value() ?? []" />
      } @empty {
        <p>{{ 'myCase.none' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 4px;
    }
    .intro {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCasePage {
  private readonly startApi = inject(StartApi);
  private readonly agreementsApi = inject(AgreementsApi);

  protected readonly cases = new Loaded(() => this.startApi.cases(CASES_SHOWN));
  protected readonly pending = new Loaded(() => this.agreementsApi.pendingSignatures());

  constructor() {
    void this.cases.load();
    void this.pending.load();
  }
}
