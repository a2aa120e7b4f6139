import { type Injector } from '@angular/core';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { QuickSearchDialog } from './quick-search-dialog';

const DIALOG_ID = 'tp-quick-search';

/**
 * Opens the quick search, or returns the one already open. The shell calls this after a dynamic
 * `import()`, so neither the dialog nor MatDialog weigh on the first load.
 */
export function openQuickSearch(injector: Injector): MatDialogRef<QuickSearchDialog> {
  const dialog = injector.get(MatDialog);
  return (
    (dialog.getDialogById(DIALOG_ID) as MatDialogRef<QuickSearchDialog> | undefined) ??
    dialog.open(QuickSearchDialog, {
      id: DIALOG_ID,
      width: '640px',
      maxWidth: '95vw',
      position: { top: '10vh' },
      // The dialog focuses its search field itself.
      autoFocus: false,
      restoreFocus: true,
    })
  );
}
