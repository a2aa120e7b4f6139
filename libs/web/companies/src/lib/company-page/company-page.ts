import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type CompanyContact, type CompanyDetail } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { StateChip } from '@techpact/web/cases';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { CompaniesApi } from '../companies-api.service';
import { CompanyFormDialog, type CompanyFormData } from '../company-form/company-form-dialog';
import { sizeBandKey, turnoverBandKey } from '../company-labels';
import { ContactDialog, type ContactDialogData } from '../contact-dialog/contact-dialog';

/**
 * One company: its details and size band, its cases, and its contact people, who can be invited
 * as SME users of the company.
 */
@Component({
  selector: 'tp-company-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    StateChip,
    LocalDatePipe,
    TranslatePipe,
  ],
  templateUrl: './company-page.html',
  styleUrl: './company-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyPage {
  private readonly api = inject(CompaniesApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);

  /** The company id, from the route (`/companies/:id`). */
  readonly id = input.required<string>();

  protected readonly sizeBandKey = sizeBandKey;
  protected readonly turnoverBandKey = turnoverBandKey;
  protected readonly company = signal<CompanyDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly contactFeedback = new PageFeedback();
  protected readonly busyContactId = signal<string | null>(null);

  protected readonly canEdit = computed(() => {
    const role = this.auth.role();
    return role === 'admin' || role === 'coordinator';
  });
  protected readonly address = computed(() => {
    const address = this.company()?.address;
    if (!address) return null;
    const place = [address.postalCode, address.city].filter(Boolean).join(' ');
    return [address.line, place].filter(Boolean).join(', ') || null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected edit(): void {
    const company = this.company();
    if (!company) return;
    this.dialog
      .open<CompanyFormDialog, CompanyFormData, CompanyDetail>(CompanyFormDialog, {
        data: { company },
        width: '720px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.company.set(saved);
          this.feedback.succeed({ key: 'companies.page.saved', params: { name: saved.name } });
        }
      });
  }

  protected editContact(contact: CompanyContact | null): void {
    const company = this.company();
    if (!company) return;
    this.dialog
      .open<ContactDialog, ContactDialogData, CompanyContact>(ContactDialog, {
        data: { companyId: company.id, contact },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.replaceContact(saved);
          this.contactFeedback.succeed({
            key: contact ? 'companies.contacts.saved' : 'companies.contacts.added',
            params: { name: saved.name },
          });
        }
      });
  }

  protected async removeContact(contact: CompanyContact): Promise<void> {
    const company = this.company();
    if (!company) return;
    this.busyContactId.set(contact.id);
    try {
      await this.api.removeContact(company.id, contact.id);
      this.company.set({
        ...company,
        contacts: company.contacts.filter((c) => c.id !== contact.id),
      });
      this.contactFeedback.succeed({
        key: 'companies.contacts.removed',
        params: { name: contact.name },
      });
    } catch (error) {
      this.contactFeedback.fail(error);
    } finally {
      this.busyContactId.set(null);
    }
  }

  protected async invite(contact: CompanyContact): Promise<void> {
    const company = this.company();
    if (!company || !contact.invitation) return;
    this.busyContactId.set(contact.id);
    try {
      await this.api.invite(contact.invitation);
      // The API knows the account status now; until the list is re-read, show what we know.
      this.replaceContact({ ...contact, account: 'invited', invitation: null });
      this.contactFeedback.succeed({
        key: 'companies.contacts.invitedNamed',
        params: { name: contact.name, email: contact.invitation.email },
      });
      const contacts = await this.api.contacts(company.id);
      this.company.update((current) => current && { ...current, contacts });
    } catch (error) {
      this.contactFeedback.fail(error);
    } finally {
      this.busyContactId.set(null);
    }
  }

  private replaceContact(contact: CompanyContact): void {
    this.company.update((company) => {
      if (!company) return company;
      const known = company.contacts.some((c) => c.id === contact.id);
      return {
        ...company,
        contacts: known
          ? company.contacts.map((c) => (c.id === contact.id ? contact : c))
          : [...company.contacts, contact],
      };
    });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.notFound.set(false);
    this.feedback.clear();
    try {
      this.company.set(await this.api.get(id));
    } catch (error) {
      this.company.set(null);
      if (toApiProblem(error).status === 404) {
        this.notFound.set(true);
      } else {
        this.feedback.fail(error);
      }
    } finally {
      this.loading.set(false);
    }
  }
}
