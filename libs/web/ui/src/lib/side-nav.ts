import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@techpact/web/i18n';
import { type NavItem } from './nav-item';

/** The main navigation landmark: a labelled `<nav>` with one link per item. */
@Component({
  selector: 'tp-side-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav data-testid="nav" [attr.aria-label]="'nav.label' | t">
      <ul>
        @for (item of items(); track item.path) {
          <li>
            <a
              [routerLink]="item.path"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              (click)="navigated.emit()"
              >{{ item.label | t }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 8px;
    }
    a {
      display: block;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-full);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    a:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    a:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class SideNav {
  readonly items = input.required<readonly NavItem[]>();
  /** Emitted when a link is followed, so that an overlay drawer can close. */
  readonly navigated = output();
}
