import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type TimeLock } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { firstValueFrom } from 'rxjs';
import { monthLabel } from '../shared/month-label';
import { TextDialog, type TextDialogData } from '../shared/text-dialog';
import { TimesheetsApi } from '../timesheets-api.service';

/**
 * Locked months of the programme: nothing in them can be added or changed. Coordinators lock a
 * month; only admins unlock one, with a reason that goes on the audit trail.
 */
@Component({
  selector: 'tp-month-locks',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="locks-heading">
      <h2 id="locks-heading">{{ 'timesheets.locks.heading' | t }}</h2>
      <p class="intro">{{ 'timesheets.locks.intro' | t }}</p>
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
      <div role="status" class="status-line">
        @if (feedback.statusText(); as statusText) {
          <p>{{ statusText }}</p>
        }
      </div>
      <form class="lock-form" [formGroup]="form" (ngSubmit)="lock()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'timesheets.locks.month' | t }}</mat-label>
          <input matInput type="month" formControlName="month" required placeholder="2026-11" />
          <mat-hint>{{ 'timesheets.locks.monthHint' | t }}</mat-hint>
          @if (form.controls.month.invalid) {
            <mat-error>{{ 'timesheets.locks.monthInvalid' | t }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'timesheets.locks.lock' | t }}
        </button>
      </form>
      @if (locks().length === 0) {
        <p>{{ 'timesheets.locks.none' | t }}</p>
      } @else {
        <table class="tp-table">
          <caption class="visually-hidden">
            {{
              'timesheets.locks.heading' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'timesheets.locks.month' | t }}</th>
              <th scope="col">{{ 'timesheets.locks.lockedBy' | t }}</th>
              <th scope="col">{{ 'timesheets.locks.lockedAt' | t }}</th>
              @if (isAdmin()) {
                <th scope="col">
                  <span class="visually-hidden">{{ 'common.actions' | t }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (lock of locks(); track lock.month) {
              <tr>
                <th scope="row">{{ label(lock.month) }}</th>
                <td>{{ lock.lockedBy.name }}</td>
                <td>{{ lock.lockedAt | tDate: true }}</td>
                @if (isAdmin()) {
                  <td>
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="busy()"
                      [attr.aria-label]="
                        'timesheets.locks.unlockNamed' | t: { month: label(lock.month) }
                      "
                      (click)="unlock(lock)"
                    >
                      {{ 'timesheets.locks.unlock' | t }}
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    .lock-form {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
  `,
})
export class MonthLocks {
  private readonly api = inject(TimesheetsApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');
  protected readonly locks = signal<TimeLock[]>([]);
  protected readonly busy = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    // `type="month"` gives YYYY-MM; browsers without a month picker get a text field.
    month: ['', [Validators.required, Validators.pattern(/^\d{4}-(0[1-9]|1[0-2])$/)]],
  });

  constructor() {
    void this.load();
  }

  protected label(month: string): string {
    return monthLabel(month, this.i18n.locale());
  }

  protected async lock(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const month = this.form.controls.month.value;
    await this.run(async () => {
      await this.api.lock(month);
      this.form.reset();
      this.feedback.succeed({
        key: 'timesheets.locks.locked',
        params: { month: this.label(month) },
      });
    });
  }

  protected async unlock(lock: TimeLock): Promise<void> {
    const data: TextDialogData = {
      title: 'timesheets.locks.unlockDialog.title',
      intro: 'timesheets.locks.unlockDialog.intro',
      introParams: { month: this.label(lock.month) },
      label: 'timesheets.locks.unlockDialog.label',
      confirm: 'timesheets.locks.unlock',
      required: true,
      send: (reason) => this.api.unlock(lock.month, reason).then(() => undefined),
    };
    const ref = this.dialog.open<TextDialog, TextDialogData, boolean>(TextDialog, { data });
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    await this.run(async () => {
      this.feedback.succeed({
        key: 'timesheets.locks.unlocked',
        params: { month: this.label(lock.month) },
      });
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await work();
      await this.load();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.locks.set((await this.api.locks()).sort((a, b) => b.month.localeCompare(a.month)));
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
