import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
// Used only inside @defer in the template, so Angular loads it lazily like the routes do.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PendingSignaturesCard } from '@techpact/web/agreements';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe, roleKey } from '@techpact/web/i18n';
import { NAVIGATION } from '../navigation';

/** The role start page for now: who you are, your programme, and where to go. */
@Component({
  selector: 'tp-start-page',
  imports: [MatCardModule, MatButtonModule, RouterLink, PendingSignaturesCard, TranslatePipe],
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  protected readonly me = inject(AuthService).me;
  protected readonly roleKey = roleKey;
  /** Every other page of the role's navigation. */
  protected readonly links = computed(() => {
    const me = this.me();
    return me ? NAVIGATION[me.role].slice(1) : [];
  });
}
