import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@techpact/web/i18n';

/** The document's SHA-256 in full, monospace, with a copy button. */
@Component({
  selector: 'tp-document-hash',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="label" id="document-hash-label">{{ 'agreements.signing.hash' | t }}</p>
    <div class="row">
      <code aria-labelledby="document-hash-label" data-testid="document-hash">{{ hash() }}</code>
      <button mat-stroked-button type="button" (click)="copy()">
        {{ 'agreements.signing.copy' | t }}
      </button>
    </div>
    <p class="hint">{{ 'agreements.signing.hashHint' | t }}</p>
    <p role="status" class="hint">
      @if (copied()) {
        {{ 'agreements.signing.copied' | t }}
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      font: var(--mat-sys-label-large);
      margin: 0 0 4px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      word-break: break-all;
      padding: 4px 8px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      user-select: all;
    }
    .hint {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DocumentHash {
  private readonly document = inject(DOCUMENT);
  readonly hash = input.required<string>();
  protected readonly copied = signal(false);

  protected async copy(): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(this.hash());
      this.copied.set(true);
    } catch {
      // No clipboard access (insecure page, policy): the hash stays selectable by hand.
      this.copied.set(false);
    }
  }
}
