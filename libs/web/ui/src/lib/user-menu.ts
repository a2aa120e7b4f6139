import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe } from '@techpact/web/i18n';

/** The signed-in person's menu in the toolbar: who they are, and logging out. */
@Component({
  selector: 'tp-user-menu',
  imports: [MatButtonModule, MatMenuModule, MatDividerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'userMenu.label' | t: { name: name() }"
    >
      {{ name() }}
    </button>
    <mat-menu #menu="matMenu" [aria-label]="'userMenu.label' | t: { name: name() }">
      <p class="signed-in-as">{{ 'userMenu.signedInAs' | t: { email: email() } }}</p>
      <mat-divider />
      <button mat-menu-item type="button" (click)="logout.emit()">
        {{ 'userMenu.logout' | t }}
      </button>
    </mat-menu>
  `,
  styles: `
    .signed-in-as {
      margin: 8px 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class UserMenu {
  readonly name = input.required<string>();
  readonly email = input.required<string>();
  readonly logout = output();
}
