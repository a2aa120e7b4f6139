import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type ProgrammeTargets } from '@techpact/contracts';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { ReportingApi } from '../reporting-api.service';

const TARGET_FIELDS = [
  'agreements',
  'activities',
  'jobs',
  'companiesWithNewProducts',
  'expertHours',
  'smeHours',
] as const satisfies readonly (keyof ProgrammeTargets)[];
type TargetField = (typeof TARGET_FIELDS)[number];

const TARGET_MAX = 1_000_000;
/** Empty (no target) or a whole number from 0 to the maximum. */
const wholeOrEmpty: ValidatorFn = (control) => {
  const value: unknown = control.value;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 && number <= TARGET_MAX ? null : { whole: true };
};

/** The programme's targets (admin): what the dashboard measures its figures against. */
@Component({
  selector: 'tp-targets-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="muted">{{ 'reporting.targets.intro' | t }}</p>
    <form [formGroup]="form" novalidate (ngSubmit)="save()" class="targets">
      @for (field of fields; track field) {
        <mat-form-field appearance="outline">
          <mat-label>{{ labelKey(field) | t }}</mat-label>
          <input matInput inputmode="numeric" [formControlName]="field" />
          @if (form.controls[field].invalid) {
            <mat-error>{{ 'reporting.targets.whole' | t }}</mat-error>
          }
        </mat-form-field>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="saving() || !loaded()">
          {{ 'reporting.targets.save' | t }}
        </button>
      </div>
    </form>
    <div role="status" class="status-line">
      @if (feedback.statusText(); as statusText) {
        <p>{{ statusText }}</p>
      }
    </div>
    <div role="alert">
      @if (feedback.errorText(); as errorText) {
        <p class="form-error">{{ errorText }}</p>
      }
    </div>
  `,
  styles: `
    .targets {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 0 16px;
    }
    .buttons {
      grid-column: 1 / -1;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TargetsForm {
  private readonly api = inject(ReportingApi);

  protected readonly fields = TARGET_FIELDS;
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = new PageFeedback();
  // Text fields: an empty field means "no target", which a number field would turn into 0.
  protected readonly form = inject(NonNullableFormBuilder).group(
    Object.fromEntries(TARGET_FIELDS.map((field) => [field, ['', wholeOrEmpty]])) as Record<
      TargetField,
      [string, ValidatorFn]
    >,
  );

  constructor() {
    void this.load();
  }

  protected labelKey(field: TargetField): TranslationKey {
    return `reporting.targets.${field}`;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.feedback.clear();
    try {
      const saved = await this.api.saveTargets(this.value());
      this.show(saved);
      this.feedback.succeed({ key: 'reporting.targets.saved' });
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  private value(): ProgrammeTargets {
    const raw = this.form.getRawValue();
    const number = (text: string): number | null => (text.trim() === '' ? null : Number(text));
    return {
      agreements: number(raw.agreements),
      activities: number(raw.activities),
      jobs: number(raw.jobs),
      companiesWithNewProducts: number(raw.companiesWithNewProducts),
      expertHours: number(raw.expertHours),
      smeHours: number(raw.smeHours),
    };
  }

  private show(targets: ProgrammeTargets): void {
    for (const field of TARGET_FIELDS) {
      const value = targets[field];
      this.form.controls[field].setValue(value === null ? '' : String(value));
    }
  }

  private async load(): Promise<void> {
    try {
      this.show(await this.api.targets());
      this.loaded.set(true);
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
