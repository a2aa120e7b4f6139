import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { type Language } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { TranslatePipe } from '@techpact/web/i18n';
// The bell and the user menu are used only inside @defer in the template, so Angular loads
// them lazily: their Material menu/overlay code stays out of the initial bundle.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NotificationBell } from '@techpact/web/notifications';
import { LanguageSwitch, SideNav } from '@techpact/web/ui';
import { UserMenu } from '@techpact/web/ui/user-menu';
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
    LanguageSwitch,
    SideNav,
    UserMenu,
    NotificationBell,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onShortcut($event)' },
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

  private readonly injector = inject(Injector);

  /** Ctrl+K (Cmd+K on a Mac) opens the quick search from anywhere, once signed in. */
  protected onShortcut(event: KeyboardEvent): void {
    if (
      String(event.key).toLowerCase() !== 'k' ||
      !(event.ctrlKey || event.metaKey) ||
      event.altKey
    )
      return;
    if (!this.me()) return;
    event.preventDefault();
    void this.openSearch();
  }

  /** Loaded on first use, so the quick search adds nothing to the first load. */
  protected async openSearch(): Promise<void> {
    const { openQuickSearch } = await import('@techpact/web/cases');
    openQuickSearch(this.injector);
  }

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
