import { signal } from '@angular/core';
import { PageFeedback } from '@techpact/web/ui';

/**
 * One independently loaded part of a start page: its value, whether it is loading, and the
 * API's error in plain words. A failing part leaves the others on the page. Create it in a field
 * initializer (the feedback injects the i18n service).
 */
export class Loaded<T> {
  readonly value = signal<T | null>(null);
  readonly loading = signal(false);
  readonly feedback = new PageFeedback();

  constructor(private readonly fetch: () => Promise<T>) {}

  async load(): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      this.value.set(await this.fetch());
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
