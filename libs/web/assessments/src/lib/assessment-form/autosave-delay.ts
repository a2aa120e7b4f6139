import { InjectionToken } from '@angular/core';

/** How long the form waits after the last change before it saves the draft (ms). */
export const AUTOSAVE_DELAY = new InjectionToken<number>('AUTOSAVE_DELAY', {
  providedIn: 'root',
  factory: () => 800,
});
