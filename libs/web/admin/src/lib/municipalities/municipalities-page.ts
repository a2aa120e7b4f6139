import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type MunicipalityResponse, type ProgrammeResponse } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AdminApi } from '../admin-api.service';

/** Admin: the municipalities of one programme, with a form to create or edit one. */
@Component({
  selector: 'tp-municipalities-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './municipalities-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalitiesPage {
  private readonly api = inject(AdminApi);
  private readonly auth = inject(AuthService);
  protected readonly feedback = new PageFeedback();
  protected readonly programmes = signal<ProgrammeResponse[]>([]);
  protected readonly programmeId = signal<string | null>(null);
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly editing = signal<MunicipalityResponse | 'new' | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    code: [''],
  });

  constructor() {
    void this.loadProgrammes();
  }

  protected async selectProgramme(programmeId: string): Promise<void> {
    this.programmeId.set(programmeId);
    this.editing.set(null);
    this.feedback.clear();
    await this.loadMunicipalities();
  }

  protected startCreate(): void {
    this.feedback.clear();
    this.form.reset();
    this.editing.set('new');
  }

  protected startEdit(municipality: MunicipalityResponse): void {
    this.feedback.clear();
    this.form.reset({ name: municipality.name, code: municipality.code ?? '' });
    this.editing.set(municipality);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    const programmeId = this.programmeId();
    if (!editing || !programmeId || this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, code } = this.form.getRawValue();
    const fields = { name: name.trim(), ...(code.trim() ? { code: code.trim() } : {}) };
    this.saving.set(true);
    try {
      const saved =
        editing === 'new'
          ? await this.api.createMunicipality({ programmeId, ...fields })
          : await this.api.updateMunicipality(editing.id, fields);
      this.feedback.succeed({
        key: editing === 'new' ? 'municipalities.created' : 'municipalities.updated',
        params: { name: saved.name },
      });
      this.editing.set(null);
      await this.loadMunicipalities();
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  private async loadProgrammes(): Promise<void> {
    try {
      const programmes = await this.api.programmes();
      this.programmes.set(programmes);
      const own = this.auth.me()?.programme.id;
      const initial = programmes.find((p) => p.id === own) ?? programmes[0];
      if (initial) {
        await this.selectProgramme(initial.id);
      }
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadMunicipalities(): Promise<void> {
    const programmeId = this.programmeId();
    if (!programmeId) {
      return;
    }
    this.loading.set(true);
    try {
      this.municipalities.set(await this.api.municipalities(programmeId));
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
