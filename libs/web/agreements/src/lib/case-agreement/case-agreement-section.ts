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
import { RouterLink } from '@angular/router';
import { type AgreementOverview } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { versionStatusKey } from '../agreement-labels';
import { AgreementsApi } from '../agreements-api.service';
import { VersionStatusChip } from '../version-status-chip';

/**
 * The agreement part of the case page: the newest version's status, the version in force and a
 * link to the agreement page. Shows nothing to someone who may not read the agreement.
 */
@Component({
  selector: 'tp-case-agreement-section',
  imports: [RouterLink, MatButtonModule, VersionStatusChip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (overview(); as overview) {
      <section aria-labelledby="case-agreement-heading">
        <h2 id="case-agreement-heading">{{ 'agreements.section.heading' | t }}</h2>
        @if (latest(); as latest) {
          <p class="latest">
            <span>{{
              'agreements.section.latest'
                | t: { number: latest.number, status: (statusKey(latest.status) | t) }
            }}</span>
            <tp-version-status-chip [status]="latest.status" aria-hidden="true" />
          </p>
          @if (overview.inForceNumber !== null) {
            <p>{{ 'agreements.section.inForce' | t: { number: overview.inForceNumber } }}</p>
          }
        } @else {
          <p>{{ 'agreements.section.none' | t }}</p>
        }
        <a mat-stroked-button [routerLink]="['/cases', caseId(), 'agreement']">{{
          'agreements.section.open' | t
        }}</a>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    section {
      margin-bottom: 24px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .latest {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
  `,
})
export class CaseAgreementSection {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after an event) loads the agreement again. */
  readonly state = input.required<string>();

  protected readonly overview = signal<AgreementOverview | null>(null);
  protected readonly latest = computed(() => this.overview()?.versions[0] ?? null);
  protected readonly statusKey = versionStatusKey;

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.state();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const overview = await this.api.overview(id);
      if (id === this.caseId()) this.overview.set(overview);
    } catch {
      // Not allowed to read it, or no agreement stage yet: the section stays away.
      this.overview.set(null);
    }
  }
}
