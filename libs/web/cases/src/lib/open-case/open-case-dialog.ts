import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type CaseDetail, type CompanySummary } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { CasesApi } from '../cases-api.service';

/** Opens a case: find the company by name or CVR number, then `POST /api/cases`. */
@Component({
  selector: 'tp-open-case-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  templateUrl: './open-case-dialog.html',
  styles: `
    mat-dialog-content {
      min-width: min(480px, 80vw);
    }
    .company {
      width: 100%;
    }
    .dialog-alert {
      padding: 0 24px;
    }
    .dialog-alert .form-error {
      margin: 8px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenCaseDialog {
  private readonly api = inject(CasesApi);
  private readonly dialogRef = inject<MatDialogRef<OpenCaseDialog, CaseDetail>>(MatDialogRef);

  protected readonly search = new FormControl<string | CompanySummary>('', { nonNullable: true });
  protected readonly form = new FormGroup({ company: this.search });
  protected readonly companies = signal<CompanySummary[]>([]);
  protected readonly searching = signal(false);
  protected readonly chosen = signal<CompanySummary | null>(null);
  protected readonly missing = signal(false);
  protected readonly sending = signal(false);
  protected readonly feedback = new PageFeedback();

  protected readonly displayName = (value: string | CompanySummary | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  constructor() {
    this.search.valueChanges
      .pipe(
        // Typing after a choice starts a new search; choosing sets the company itself.
        tap((value) => {
          if (typeof value === 'string') {
            this.chosen.set(null);
          }
        }),
        map((value) => (typeof value === 'string' ? value : null)),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q === null) {
            return of(null);
          }
          this.searching.set(true);
          return this.api.companies(q).pipe(
            map((page) => page.items),
            catchError((error: unknown) => {
              this.feedback.fail(error);
              return of([]);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((companies) => {
        this.searching.set(false);
        if (companies !== null) {
          this.companies.set(companies);
        }
      });
    this.search.setValue('');
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const company = event.option.value as CompanySummary;
    this.chosen.set(company);
    this.missing.set(false);
  }

  protected query(): string {
    const value = this.search.value;
    return typeof value === 'string' ? value.trim() : '';
  }

  protected async submit(): Promise<void> {
    const company = this.chosen();
    if (!company) {
      this.missing.set(true);
      this.search.markAsTouched();
      return;
    }
    if (this.sending()) {
      return;
    }
    this.feedback.clear();
    this.sending.set(true);
    this.dialogRef.disableClose = true;
    try {
      const opened = await this.api.create({ companyId: company.id });
      this.dialogRef.close(opened);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }
}
