import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type CasePosition } from '@techpact/contracts';
import { MAIN_PATH } from '@techpact/lifecycle';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { stepKey } from '../case-labels';

type StepStatus = 'done' | 'current' | 'ahead';

/**
 * The main path intake → … → completion as an ordered list, the case's step marked with
 * `aria-current="step"`; on hold, withdrawn and completed are said in words on that step.
 */
@Component({
  selector: 'tp-case-path',
  imports: [TranslatePipe],
  templateUrl: './case-path.html',
  styleUrl: './case-path.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePath {
  readonly position = input.required<CasePosition>();

  protected readonly steps = computed(() => {
    const { index, completed } = this.position();
    return MAIN_PATH.map((step, i) => ({
      step,
      name: stepKey(step),
      status: (completed || i < index ? 'done' : i === index ? 'current' : 'ahead') as StepStatus,
      current: i === index,
    }));
  });

  /** The word on the case's step when it is not simply in progress there. */
  protected readonly flag = computed<TranslationKey | null>(() => {
    const { onHold, withdrawn, completed } = this.position();
    if (onHold) return 'cases.path.onHold';
    if (withdrawn) return 'cases.path.withdrawn';
    if (completed) return 'cases.path.completed';
    return null;
  });

  protected readonly tone = computed(() => {
    const { onHold, withdrawn } = this.position();
    return onHold ? 'paused' : withdrawn ? 'ended' : 'active';
  });
}
