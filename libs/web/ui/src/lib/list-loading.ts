import { type Signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type FormControl } from '@angular/forms';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  type Observable,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { type PageFeedback } from './page-feedback';

/**
 * Passes the trimmed text of a search field on once typing pauses. Call in an injection
 * context (a constructor): the subscription ends with the component.
 */
export function onSearch(control: FormControl<string>, apply: (text: string) => void): void {
  control.valueChanges
    .pipe(
      map((value) => value.trim()),
      debounceTime(300),
      distinctUntilChanged(),
      takeUntilDestroyed(),
    )
    .subscribe(apply);
}

/**
 * Loads for every new query; a newer query cancels the request of an older one, so a list never
 * shows stale rows. Failures go to `feedback`. Call in an injection context.
 */
export function loadLatest<Q, R>(
  query: Signal<Q>,
  load: (query: Q) => Observable<R>,
  state: { loading: WritableSignal<boolean>; feedback: PageFeedback },
  done: (result: R) => void,
): void {
  toObservable(query)
    .pipe(
      tap(() => state.loading.set(true)),
      switchMap((current) =>
        load(current).pipe(
          catchError((error: unknown) => {
            state.feedback.fail(error);
            return of(null);
          }),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((result) => {
      state.loading.set(false);
      if (result === null) return;
      state.feedback.clear();
      done(result);
    });
}
