import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type CaseEventType, isCaseEventType } from '@techpact/lifecycle';
import { TranslatePipe } from '@techpact/web/i18n';
import { eventKey } from '../case-labels';

/** Events that end or stop the case: shown apart from the ones that move it on. */
const STOPPING: ReadonlySet<CaseEventType> = new Set(['PAUSE', 'WITHDRAW', 'DECLINE', 'RECALL']);

/**
 * One button per event the API allows the caller now, in the lifecycle's order. The container
 * decides what a click does (a dialog or sending at once).
 */
@Component({
  selector: 'tp-case-actions',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (buttons().length === 0) {
      <p class="none">{{ 'cases.page.noActions' | t }}</p>
    } @else {
      <div class="buttons">
        @for (button of buttons(); track button.type) {
          @if (button.stopping) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy() !== null"
              (click)="choose.emit(button.type)"
            >
              {{ button.label | t }}
            </button>
          } @else {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy() !== null"
              (click)="choose.emit(button.type)"
            >
              {{ button.label | t }}
            </button>
          }
        }
      </div>
    }
  `,
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CaseActions {
  /** `allowedEvents` of the case as the API computed them for the caller. */
  readonly events = input.required<readonly string[]>();
  /** The event being sent, if any: every button waits meanwhile. */
  readonly busy = input<CaseEventType | null>(null);
  readonly choose = output<CaseEventType>();

  protected readonly buttons = computed(() =>
    this.events()
      .filter(isCaseEventType)
      .map((type) => ({ type, label: eventKey(type), stopping: STOPPING.has(type) })),
  );
}
