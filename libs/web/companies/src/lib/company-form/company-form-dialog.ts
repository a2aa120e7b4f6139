import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  TURNOVER_BANDS,
  type CompanyDetail,
  type CreateCompanyRequest,
  type RefSummary,
  type TurnoverBand,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { CompaniesApi } from '../companies-api.service';
import { registrationProblemKey, turnoverBandKey } from '../company-labels';
import { registrationValidator } from '../registration-check';

/** The company to edit, or null to register a new one. */
export interface CompanyFormData {
  company: CompanyDetail | null;
}

const NACE = /^\d{2}(\.\d{1,2})?$/;

const text = (value: string): string | null => value.trim() || null;

/**
 * Registers or edits a company. The CVR check runs as the person types, but the API has the last
 * word: its refusal (wrong number, already registered, municipality not served) is shown next to
 * the field, and the dialog keeps everything that was typed.
 */
@Component({
  selector: 'tp-company-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './company-form-dialog.html',
  styles: `
    .form-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 4px 16px;
      padding-top: 8px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .dialog-alert {
      padding: 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyFormDialog {
  private readonly api = inject(CompaniesApi);
  private readonly auth = inject(AuthService);
  private readonly dialogRef = inject<MatDialogRef<CompanyFormDialog, CompanyDetail>>(MatDialogRef);
  protected readonly company = inject<CompanyFormData>(MAT_DIALOG_DATA).company;

  protected readonly turnoverBands = TURNOVER_BANDS;
  protected readonly turnoverBandKey = turnoverBandKey;
  protected readonly registrationProblemKey = registrationProblemKey;
  protected readonly municipalities = signal<RefSummary[]>([]);
  protected readonly sending = signal(false);
  protected readonly feedback = new PageFeedback();

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300)],
    }),
    country: new FormControl('DK', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*[A-Za-z]{2}\s*$/)],
    }),
    registrationNumber: new FormControl('', {
      nonNullable: true,
      validators: [registrationValidator],
    }),
    municipalityId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    sectorCode: new FormControl('', { nonNullable: true, validators: Validators.pattern(NACE) }),
    employees: new FormControl<number | null>(null, [
      Validators.min(0),
      Validators.max(10_000_000),
    ]),
    turnoverBand: new FormControl<TurnoverBand | null>(null),
    address: new FormGroup({
      line: new FormControl('', { nonNullable: true }),
      postalCode: new FormControl('', { nonNullable: true }),
      city: new FormControl('', { nonNullable: true }),
    }),
  });

  constructor() {
    const company = this.company;
    if (company) {
      this.form.setValue({
        name: company.name,
        country: company.country,
        registrationNumber: company.registrationNumber,
        municipalityId: company.municipality.id,
        sectorCode: company.sectorCode ?? '',
        employees: company.employees,
        turnoverBand: company.turnoverBand,
        address: {
          line: company.address.line ?? '',
          postalCode: company.address.postalCode ?? '',
          city: company.address.city ?? '',
        },
      });
    }
    this.form.controls.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.registrationNumber.updateValueAndValidity());
    void this.loadMunicipalities();
  }

  protected async submit(): Promise<void> {
    if (this.sending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.feedback.clear();
    this.sending.set(true);
    this.dialogRef.disableClose = true;
    try {
      const saved = this.company
        ? await this.api.update(this.company.id, this.body(null))
        : await this.api.create(this.body(undefined));
      this.dialogRef.close(saved);
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }

  /** `empty` is what an empty optional field becomes: left out on create, null (cleared) on edit. */
  private body(empty: null | undefined): CreateCompanyRequest {
    const value = this.form.getRawValue();
    const optional = <T>(v: T | null): T | undefined | null => (v === null ? empty : v);
    return {
      name: value.name.trim(),
      country: value.country.trim().toUpperCase(),
      registrationNumber: value.registrationNumber.trim(),
      municipalityId: value.municipalityId,
      employees: optional(value.employees),
      sectorCode: optional(text(value.sectorCode)),
      turnoverBand: optional(value.turnoverBand),
      address: {
        line: text(value.address.line),
        postalCode: text(value.address.postalCode),
        city: text(value.address.city),
      },
    };
  }

  private async loadMunicipalities(): Promise<void> {
    try {
      const choices = await this.api.municipalityChoices(this.auth.me());
      const current = this.company?.municipality;
      this.municipalities.set(
        current && !choices.some((m) => m.id === current.id) ? [current, ...choices] : choices,
      );
      if (!this.company && choices.length === 1) {
        this.form.controls.municipalityId.setValue(choices[0].id);
      }
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
