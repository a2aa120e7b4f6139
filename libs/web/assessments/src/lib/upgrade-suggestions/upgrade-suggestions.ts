import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type UpgradeSuggestion } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';

/** The upgrade categories suggested for the weakest dimensions. */
@Component({
  selector: 'tp-upgrade-suggestions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 [id]="headingId()">{{ 'assessments.suggestions.heading' | t }}</h3>
    @if (suggestions().length === 0) {
      <p class="none">{{ 'assessments.suggestions.none' | t }}</p>
    } @else {
      <p>{{ 'assessments.suggestions.intro' | t }}</p>
      <ul [attr.aria-labelledby]="headingId()">
        @for (suggestion of suggestions(); track suggestion.dimensionId) {
          <li>
            <strong>{{
              'assessments.suggestions.item'
                | t: { dimension: suggestion.dimension, score: suggestion.score }
            }}</strong>
            @if (suggestion.categories.length > 0) {
              <ul class="categories">
                @for (category of suggestion.categories; track category) {
                  <li>{{ category }}</li>
                }
              </ul>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .categories {
      margin: 4px 0 8px;
    }
  `,
})
export class UpgradeSuggestions {
  readonly suggestions = input.required<readonly UpgradeSuggestion[]>();
  /** Unique per page, so that the list is named by its own heading. */
  readonly headingId = input('upgrade-suggestions-heading');
}
