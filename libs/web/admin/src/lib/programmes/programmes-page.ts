import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type CreateProgrammeRequest, type ProgrammeResponse } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AdminApi } from '../admin-api.service';

function endNotBeforeStart(group: AbstractControl): ValidationErrors | null {
  const startsOn: unknown = group.get('startsOn')?.value;
  const endsOn: unknown = group.get('endsOn')?.value;
  return typeof startsOn === 'string' &&
    typeof endsOn === 'string' &&
    startsOn &&
    endsOn &&
    endsOn < startsOn
    ? { endBeforeStart: true }
    : null;
}

/** Admin: the programmes, with a form to create or edit one. */
@Component({
  selector: 'tp-programmes-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './programmes-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesPage {
  private readonly api = inject(AdminApi);
  protected readonly feedback = new PageFeedback();
  protected readonly programmes = signal<ProgrammeResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  /** `null`: no form; `'new'`: creating; a programme: editing it. */
  protected readonly editing = signal<ProgrammeResponse | 'new' | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.maxLength(200)]],
      funder: [''],
      startsOn: [''],
      endsOn: [''],
      timeZone: ['Europe/Copenhagen', Validators.required],
      country: ['DK', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
    },
    { validators: endNotBeforeStart },
  );

  constructor() {
    void this.load();
  }

  protected startCreate(): void {
    this.feedback.clear();
    this.form.reset();
    this.editing.set('new');
  }

  protected startEdit(programme: ProgrammeResponse): void {
    this.feedback.clear();
    this.form.reset({
      name: programme.name,
      funder: programme.funder ?? '',
      startsOn: programme.startsOn ?? '',
      endsOn: programme.endsOn ?? '',
      timeZone: programme.timeZone,
      country: programme.country,
    });
    this.editing.set(programme);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing || this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: CreateProgrammeRequest = {
      name: value.name.trim(),
      timeZone: value.timeZone.trim(),
      country: value.country.trim().toUpperCase(),
      ...(value.funder.trim() ? { funder: value.funder.trim() } : {}),
      ...(value.startsOn ? { startsOn: value.startsOn } : {}),
      ...(value.endsOn ? { endsOn: value.endsOn } : {}),
    };
    this.saving.set(true);
    try {
      if (editing === 'new') {
        const created = await this.api.createProgramme(body);
        this.feedback.succeed({ key: 'programmes.created', params: { name: created.name } });
      } else {
        const updated = await this.api.updateProgramme(editing.id, body);
        this.feedback.succeed({ key: 'programmes.updated', params: { name: updated.name } });
      }
      this.editing.set(null);
      await this.load();
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.programmes.set(await this.api.programmes());
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
