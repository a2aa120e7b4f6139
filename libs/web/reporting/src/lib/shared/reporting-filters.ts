import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type RefSummary, type ReportingQuery } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
import { debounceTime } from 'rxjs';
import { ReportingApi } from '../reporting-api.service';
import { periodInvalid, sameQuery } from './reporting-query';

let nextId = 0;

/**
 * Period and municipality of the dashboard and the funder report. Coordinators choose among
 * their municipalities, admins among the programme's. Emits only valid filters.
 */
@Component({
  selector: 'tp-reporting-filters',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'reporting.filters.label' | t"
      [formGroup]="form"
      (submit)="$event.preventDefault()"
    >
      <mat-form-field appearance="outline" class="filter">
        <mat-label>{{ 'reporting.filters.from' | t }}</mat-label>
        <input matInput type="date" formControlName="from" />
      </mat-form-field>
      <mat-form-field appearance="outline" class="filter">
        <mat-label>{{ 'reporting.filters.to' | t }}</mat-label>
        <input
          matInput
          type="date"
          formControlName="to"
          [attr.aria-describedby]="invalid() ? errorId : null"
          [attr.aria-invalid]="invalid()"
        />
      </mat-form-field>
      @if (municipalities().length > 1) {
        <mat-form-field appearance="outline" class="filter">
          <mat-label>{{ 'reporting.filters.municipality' | t }}</mat-label>
          <mat-select formControlName="municipalityId">
            <mat-option value="">{{ 'reporting.filters.allMunicipalities' | t }}</mat-option>
            @for (municipality of municipalities(); track municipality.id) {
              <mat-option [value]="municipality.id">{{ municipality.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
    </form>
    <div role="alert">
      @if (invalid()) {
        <p class="form-error" [id]="errorId">{{ 'reporting.filters.badPeriod' | t }}</p>
      }
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
  `,
})
export class ReportingFilters {
  private readonly api = inject(ReportingApi);
  private readonly auth = inject(AuthService);

  readonly query = input.required<ReportingQuery>();
  readonly queryChange = output<ReportingQuery>();

  protected readonly municipalities = signal<RefSummary[]>([]);
  protected readonly invalid = signal(false);
  protected readonly errorId = `tp-reporting-period-${nextId++}`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    from: [''],
    to: [''],
    municipalityId: [''],
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() =>
        this.form.setValue(
          {
            from: query.from ?? '',
            to: query.to ?? '',
            municipalityId: query.municipalityId ?? '',
          },
          { emitEvent: false },
        ),
      );
    });
    // Date fields fire on every keystroke of a typed date; wait for a pause.
    this.form.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => {
      const value = this.form.getRawValue();
      const next: ReportingQuery = {
        from: value.from || undefined,
        to: value.to || undefined,
        municipalityId: value.municipalityId || undefined,
      };
      this.invalid.set(periodInvalid(next));
      if (!this.invalid() && !sameQuery(next, this.query())) this.queryChange.emit(next);
    });
    void this.loadMunicipalities();
  }

  private async loadMunicipalities(): Promise<void> {
    const me = this.auth.me();
    if (me?.role === 'coordinator') {
      this.municipalities.set(me.municipalities);
    } else if (me?.role === 'admin') {
      try {
        this.municipalities.set(await this.api.municipalities(me.programme.id));
      } catch {
        // Without the list the programme-wide figures still show; the choice just stays away.
      }
    }
  }
}
