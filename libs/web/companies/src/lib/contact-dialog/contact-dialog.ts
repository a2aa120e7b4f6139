import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type CompanyContact, type CreateContactRequest } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { CompaniesApi } from '../companies-api.service';

export interface ContactDialogData {
  companyId: string;
  /** The contact to edit, or null to add one. */
  contact: CompanyContact | null;
}

const text = (value: string): string | null => value.trim() || null;

/** Adds or edits a contact person of a company; the API's refusal shows next to the field. */
@Component({
  selector: 'tp-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  templateUrl: './contact-dialog.html',
  styles: `
    .form-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 4px 16px;
      padding-top: 8px;
    }
    .dialog-alert {
      padding: 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDialog {
  private readonly api = inject(CompaniesApi);
  private readonly dialogRef = inject<MatDialogRef<ContactDialog, CompanyContact>>(MatDialogRef);
  protected readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);

  protected readonly sending = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.contact?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    role: new FormControl(this.data.contact?.role ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(100),
    }),
    email: new FormControl(this.data.contact?.email ?? '', {
      nonNullable: true,
      validators: Validators.email,
    }),
    phone: new FormControl(this.data.contact?.phone ?? '', { nonNullable: true }),
  });

  protected async submit(): Promise<void> {
    if (this.sending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: CreateContactRequest = {
      name: value.name.trim(),
      role: text(value.role),
      email: text(value.email),
      phone: text(value.phone),
    };
    const { companyId, contact } = this.data;
    this.feedback.clear();
    this.sending.set(true);
    try {
      this.dialogRef.close(
        contact
          ? await this.api.updateContact(companyId, contact.id, body)
          : await this.api.createContact(companyId, body),
      );
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }
}
