import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  LANGUAGES,
  ROLES,
  type CompanySummary,
  type CreateInvitationRequest,
  type Language,
  type MunicipalityResponse,
  type Role,
  type UserResponse,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService, TranslatePipe, roleKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { providePaginatorI18n } from '@techpact/web/ui/paginator';
import { AdminApi } from '../admin-api.service';

const PAGE_SIZE = 25;

/** Admin: people of the programme, filtered by role; invite, deactivate and activate. */
@Component({
  selector: 'tp-users-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  providers: [providePaginatorI18n()],
  templateUrl: './users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  protected readonly roles = ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly languageNames: Readonly<Record<Language, string>> = {
    en: 'English',
    da: 'Dansk',
  };
  protected readonly roleKey = roleKey;

  protected readonly feedback = new PageFeedback();
  protected readonly inviteFeedback = new PageFeedback();
  protected readonly roleFilter = signal<Role | null>(null);
  protected readonly users = signal<UserResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(PAGE_SIZE);
  protected readonly loading = signal(true);
  protected readonly busyUserId = signal<string | null>(null);

  protected readonly inviting = signal(false);
  protected readonly sending = signal(false);
  protected readonly municipalities = signal<MunicipalityResponse[] | null>(null);
  protected readonly companies = signal<CompanySummary[] | null>(null);

  protected readonly inviteForm = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['coordinator' as Role, Validators.required],
    language: [this.i18n.language() as Language],
    municipalityIds: [[] as string[], Validators.required],
    companyId: [''],
    organisation: [''],
  });

  constructor() {
    void this.load();
    this.inviteForm.controls.role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((role) => this.applyRole(role));
  }

  protected async filter(role: Role | null): Promise<void> {
    this.roleFilter.set(role);
    this.pageIndex.set(0);
    await this.load();
  }

  protected async page(event: PageEvent): Promise<void> {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    await this.load();
  }

  protected async setActive(user: UserResponse, active: boolean): Promise<void> {
    this.busyUserId.set(user.id);
    try {
      const updated = await this.api.updateUser(user.id, { active });
      this.users.update((users) => users.map((u) => (u.id === updated.id ? updated : u)));
      this.feedback.succeed({
        key: active ? 'users.activated' : 'users.deactivated',
        params: { name: updated.name },
      });
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busyUserId.set(null);
    }
  }

  protected startInvite(): void {
    this.inviteFeedback.clear();
    this.inviteForm.reset({ language: this.i18n.language() });
    this.applyRole(this.inviteForm.controls.role.value);
    this.inviting.set(true);
  }

  protected cancelInvite(): void {
    this.inviting.set(false);
  }

  protected async invite(): Promise<void> {
    if (this.sending()) {
      return;
    }
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    const value = this.inviteForm.getRawValue();
    const body: CreateInvitationRequest = {
      email: value.email.trim(),
      name: value.name.trim(),
      role: value.role,
      language: value.language,
      ...(value.role === 'coordinator' ? { municipalityIds: value.municipalityIds } : {}),
      ...(value.role === 'sme' ? { companyId: value.companyId } : {}),
      ...(value.role === 'expert' && value.organisation.trim()
        ? { organisation: value.organisation.trim() }
        : {}),
    };
    this.sending.set(true);
    try {
      const invitation = await this.api.invite(body);
      this.inviting.set(false);
      this.feedback.succeed({ key: 'users.invited', params: { email: invitation.email } });
    } catch (error) {
      this.inviteFeedback.fail(error, this.inviteForm);
    } finally {
      this.sending.set(false);
    }
  }

  /** Only the fields of the chosen role are shown, and only they are required. */
  private applyRole(role: Role): void {
    const { municipalityIds, companyId } = this.inviteForm.controls;
    municipalityIds.setValidators(role === 'coordinator' ? Validators.required : null);
    companyId.setValidators(role === 'sme' ? Validators.required : null);
    municipalityIds.updateValueAndValidity();
    companyId.updateValueAndValidity();
    if (role === 'coordinator' && this.municipalities() === null) {
      void this.loadMunicipalities();
    }
    if (role === 'sme' && this.companies() === null) {
      void this.loadCompanies();
    }
  }

  private async loadMunicipalities(): Promise<void> {
    const programmeId = this.auth.me()?.programme.id;
    if (!programmeId) {
      return;
    }
    try {
      this.municipalities.set(await this.api.municipalities(programmeId));
    } catch (error) {
      this.inviteFeedback.fail(error);
    }
  }

  private async loadCompanies(): Promise<void> {
    try {
      this.companies.set(await this.api.companies());
    } catch (error) {
      this.inviteFeedback.fail(error);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.users({
        role: this.roleFilter(),
        limit: this.pageSize(),
        offset: this.pageIndex() * this.pageSize(),
      });
      this.users.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
