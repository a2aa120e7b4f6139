import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type AgreementVersionStatus } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { versionStatusKey } from './agreement-labels';

const TONES: Readonly<Record<AgreementVersionStatus, 'work' | 'wait' | 'done' | 'ended'>> = {
  draft: 'work',
  sent: 'wait',
  signed: 'wait',
  in_force: 'done',
  superseded: 'ended',
  recalled: 'ended',
  declined: 'ended',
};

/** An agreement version's status as a small coloured chip. */
@Component({
  selector: 'tp-version-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ key() | t }}`,
  host: { '[class]': '"tone-" + tone()' },
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    :host(.tone-work) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.tone-wait) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.tone-done) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.tone-ended) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VersionStatusChip {
  readonly status = input.required<AgreementVersionStatus>();
  protected readonly key = computed(() => versionStatusKey(this.status()));
  protected readonly tone = computed(() => TONES[this.status()]);
}
