import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type AgreementDiff, type UpgradeFieldChange } from '@techpact/contracts';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { diffFieldKey } from '../agreement-labels';

/** What changed between two versions: added, removed and changed upgrades, and the hours. */
@Component({
  selector: 'tp-agreement-diff-view',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = diff();
    <p class="total">
      {{
        'agreements.diff.totalHours'
          | t: { from: d.totalPlannedHours.from, to: d.totalPlannedHours.to }
      }}
    </p>
    @if (textChanges(); as fields) {
      <p>{{ 'agreements.diff.textChanged' | t: { fields } }}</p>
    }
    @if (d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0) {
      <p>{{ 'agreements.diff.noChanges' | t }}</p>
    }
    @if (d.added.length > 0) {
      <h4 id="diff-added">{{ 'agreements.diff.added' | t }}</h4>
      <ul aria-labelledby="diff-added" class="added">
        @for (upgrade of d.added; track upgrade.lineageId) {
          <li>
            <span aria-hidden="true">+ </span>{{ upgrade.title }} ·
            {{ 'agreements.upgrades.hoursValue' | t: { hours: upgrade.plannedHours ?? 0 } }}
            @if (upgrade.expert) {
              · {{ upgrade.expert.name }}
            }
          </li>
        }
      </ul>
    }
    @if (d.removed.length > 0) {
      <h4 id="diff-removed">{{ 'agreements.diff.removed' | t }}</h4>
      <ul aria-labelledby="diff-removed" class="removed">
        @for (upgrade of d.removed; track upgrade.lineageId) {
          <li>
            <span aria-hidden="true">− </span>{{ upgrade.title }} ·
            {{ 'agreements.upgrades.hoursValue' | t: { hours: upgrade.plannedHours ?? 0 } }}
          </li>
        }
      </ul>
    }
    @if (changes().length > 0) {
      <h4 id="diff-changed">{{ 'agreements.diff.changed' | t }}</h4>
      <ul aria-labelledby="diff-changed">
        @for (item of changes(); track item.lineageId) {
          <li>
            <strong>{{ item.title }}</strong>
            <ul>
              @for (line of item.lines; track $index) {
                <li>{{ line }}</li>
              }
            </ul>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .total {
      font-weight: 500;
    }
    .added li {
      color: var(--mat-sys-primary);
    }
    .removed li {
      color: var(--mat-sys-error);
    }
  `,
})
export class AgreementDiffView {
  private readonly i18n = inject(I18nService);

  readonly diff = input.required<AgreementDiff>();

  protected readonly textChanges = computed(() =>
    this.diff()
      .changedFields.map((field) => this.fieldName(field))
      .join(', '),
  );

  /** Each changed upgrade with one readable line per field: "Planned hours: 20 → 30". */
  protected readonly changes = computed(() =>
    this.diff().changed.map((item) => ({
      lineageId: item.lineageId,
      title: item.title,
      lines: item.changes.map((change) => this.line(change)),
    })),
  );

  private line(change: UpgradeFieldChange): string {
    return this.i18n.t('agreements.diff.change', {
      field: this.fieldName(change.field),
      from: this.value(change.field, change.from),
      to: this.value(change.field, change.to),
    });
  }

  private value(field: UpgradeFieldChange['field'], value: string | number | null): string {
    if (value === null || value === '') return this.i18n.t('agreements.diff.empty');
    if (field === 'targetDate' && typeof value === 'string') return this.i18n.formatDate(value);
    return String(value);
  }

  private fieldName(field: string): string {
    const key = diffFieldKey(field);
    return key ? this.i18n.t(key) : field;
  }
}
