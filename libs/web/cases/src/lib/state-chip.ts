import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@techpact/web/i18n';
import { stateKey, stateTone } from './case-labels';

/** A case state as a small coloured chip with its translated name. */
@Component({
  selector: 'tp-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (key(); as key) {
      {{ key | t }}
    } @else {
      {{ state() }}
    }
  `,
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
    :host(.tone-active) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.tone-paused) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.tone-ended) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.tone-done) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class StateChip {
  readonly state = input.required<string>();
  protected readonly key = computed(() => stateKey(this.state()));
  protected readonly tone = computed(() => stateTone(this.state()));
}
