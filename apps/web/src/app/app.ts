import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { type Language } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
import { NotificationBell } from '@techpact/web/notifications';
import { LanguageSwitch, SideNav, UserMenu } from '@techpact/web/ui';
import { map } from 'rxjs';
import { NAVIGATION } from './navigation';

/** The shell: header with toolbar, side navigation for signed-in people, and the main area. */
@Component({
  selector: 'tp-root',
  imports: [
    RouterOutlet,
    RouterLink,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    LanguageSwitch,
    SideNav,
    UserMenu,
    NotificationBell,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly me = this.auth.me;
  protected readonly navItems = computed(() => {
    const role = this.auth.role();
    return role ? NAVIGATION[role] : [];
  });
  /** On narrow screens the navigation is a drawer over the content. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navOpen = signal(false);

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }

  protected closeNavIfOverlay(): void {
    if (this.narrow()) {
      void this.sidenav()?.close();
    }
  }

  protected setLanguage(language: Language): void {
    void this.auth.setLanguage(language);
  }

  protected async logout(): Promise<void> {
    try {
      await this.auth.logout();
    } catch (error) {
      // The local session is gone either way; the server session expires on its own.
      console.error('Logout request failed', error);
    }
    await this.router.navigateByUrl('/login');
  }
}
