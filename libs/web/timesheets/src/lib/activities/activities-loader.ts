import { signal } from '@angular/core';
import { type Activity } from '@techpact/contracts';
import { PageFeedback } from '@techpact/web/ui';
import { type ActivityStatusFlow } from './activity-status-flow';
import { type StatusMove } from './activities-table';

/**
 * The state both activity lists share: the rows, loading, the busy flag while a status changes,
 * and the feedback lines. Create it in a field initializer (PageFeedback injects).
 */
export class ActivitiesState {
  readonly activities = signal<Activity[]>([]);
  readonly loading = signal(true);
  readonly busy = signal(false);
  readonly feedback = new PageFeedback();

  constructor(private readonly flow: ActivityStatusFlow) {}

  async load(fetch: () => Promise<Activity[]>): Promise<boolean> {
    this.loading.set(true);
    try {
      this.activities.set(await fetch());
      return true;
    } catch (error) {
      this.feedback.fail(error);
      return false;
    } finally {
      this.loading.set(false);
    }
  }

  async move({ activity, status }: StatusMove): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.feedback.clear();
    try {
      const changed = await this.flow.change(activity, status);
      if (!changed) return;
      this.activities.update((list) => list.map((a) => (a.id === changed.id ? changed : a)));
      this.feedback.succeed({
        key: 'timesheets.activities.changed',
        params: { title: changed.title },
      });
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
