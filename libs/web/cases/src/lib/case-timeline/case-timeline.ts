import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type CaseTimelineEntry } from '@techpact/contracts';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  roleKey,
} from '@techpact/web/i18n';
import { stateKey, timelineEventKey } from '../case-labels';

function text(payload: Record<string, unknown>, field: string): string | null {
  const value = payload[field];
  return typeof value === 'string' && value.trim() ? value : null;
}

/** The audit trail of a case, newest first, as an ordered list. */
@Component({
  selector: 'tp-case-timeline',
  imports: [LocalDatePipe, TranslatePipe],
  templateUrl: './case-timeline.html',
  styleUrl: './case-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseTimeline {
  private readonly i18n = inject(I18nService);
  readonly entries = input.required<readonly CaseTimelineEntry[]>();

  /** Texts in the current language (`t` reads the language signal, so this follows it). */
  protected readonly items = computed(() =>
    this.entries().map((entry) => ({
      entry,
      label: this.name(timelineEventKey(entry.type), entry.type),
      from: entry.fromState === null ? null : this.name(stateKey(entry.fromState), entry.fromState),
      to: this.name(stateKey(entry.toState), entry.toState),
      actor: entry.actor
        ? this.i18n.t('cases.page.by', {
            name: entry.actor.name,
            role: this.i18n.t(roleKey(entry.actor.role)),
          })
        : this.i18n.t('cases.page.bySystem'),
      reason: text(entry.payload, 'reason'),
      until: text(entry.payload, 'until'),
      date: text(entry.payload, 'date'),
    })),
  );

  private name(key: TranslationKey | null, raw: string): string {
    return key ? this.i18n.t(key) : raw;
  }
}
