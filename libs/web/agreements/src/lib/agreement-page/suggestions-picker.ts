import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type SuggestedUpgrade } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';

/** The assessment's suggested upgrades: add one with a click, or tick several and add them. */
@Component({
  selector: 'tp-suggestions-picker',
  imports: [MatButtonModule, MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">{{ 'agreements.suggestions.heading' | t }}</h3>
      <p class="intro">{{ 'agreements.suggestions.intro' | t }}</p>
      <ul aria-labelledby="suggestions-heading">
        @for (suggestion of suggestions(); track suggestion.key) {
          <li>
            <mat-checkbox
              [checked]="selected().has(suggestion.key)"
              (change)="toggle(suggestion.key)"
              [aria-label]="'agreements.suggestions.select' | t: { category: suggestion.category }"
            >
              {{
                'agreements.suggestions.item'
                  | t
                    : {
                        category: suggestion.category,
                        dimension: suggestion.dimension,
                        score: suggestion.score,
                      }
              }}
            </mat-checkbox>
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              [attr.aria-label]="
                'agreements.suggestions.addOneNamed' | t: { category: suggestion.category }
              "
              (click)="add([suggestion.key])"
            >
              {{ 'agreements.suggestions.addOne' | t }}
            </button>
          </li>
        }
      </ul>
      <button
        mat-stroked-button
        type="button"
        [disabled]="busy() || selected().size === 0"
        (click)="add([...selected()])"
      >
        {{ 'agreements.suggestions.addSelected' | t }}
      </button>
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
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0 24px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    .intro {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
  `,
})
export class SuggestionsPicker {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  readonly suggestions = input.required<readonly SuggestedUpgrade[]>();
  /** Upgrades were added from suggestions (the message says what to fill in next). */
  readonly added = output<void>();

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly feedback = new PageFeedback();

  protected toggle(key: string): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  protected async add(keys: string[]): Promise<void> {
    if (this.busy() || keys.length === 0) return;
    this.feedback.clear();
    this.busy.set(true);
    try {
      await this.api.addSuggested(this.caseId(), { keys });
      this.selected.set(new Set());
      this.feedback.succeed({ key: 'agreements.suggestions.added' });
      this.added.emit();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
