import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';

/** What a status page says: refused (403), missing (404) or not built yet. */
export type StatusKind = 'forbidden' | 'notFound' | 'comingSoon';

const TEXTS: Readonly<Record<StatusKind, { title: TranslationKey; text: TranslationKey }>> = {
  forbidden: { title: 'errors.forbiddenTitle', text: 'errors.forbiddenText' },
  notFound: { title: 'errors.notFoundTitle', text: 'errors.notFoundText' },
  comingSoon: { title: 'errors.comingSoonTitle', text: 'errors.comingSoonText' },
};

/**
 * A full-page message with a way back. `kind` comes from the route's data (component input
 * binding); the link goes to `/`, which sends a person to their own start page or to login.
 */
@Component({
  selector: 'tp-status-page',
  imports: [MatCardModule, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>
          <h1>
            @if (heading(); as heading) {
              {{ heading | t }}
            } @else {
              {{ texts().title | t }}
            }
          </h1>
        </mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (heading()) {
          <p>{{ texts().title | t }}</p>
        }
        <p>{{ texts().text | t }}</p>
      </mat-card-content>
      <mat-card-actions>
        <a mat-flat-button routerLink="/">{{ 'errors.toStart' | t }}</a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 8px;
    }
  `,
})
export class StatusPage {
  readonly kind = input<StatusKind>('notFound');
  /** For "coming soon": the name of the page that is coming, e.g. `nav.cases`. */
  readonly heading = input<TranslationKey | undefined>(undefined);
  protected readonly texts = computed(() => TEXTS[this.kind()]);
}
