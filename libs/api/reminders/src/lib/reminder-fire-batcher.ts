import { type FireOutcome } from './reminder-firing';

/** What the batcher needs of {@link ReminderFiring}. */
export interface BatchFiring {
  fire(reminderId: string): Promise<FireOutcome>;
  fireMany(reminderIds: readonly string[]): Promise<Map<string, FireOutcome>>;
}

export interface FireBatcherOptions {
  /** Most reminders fired in one transaction. */
  maxBatch?: number;
  /** How long the first request of a batch waits for others to join it. */
  lingerMs?: number;
  /** Batches in flight at once (each holds a database connection). */
  maxInFlight?: number;
}

interface Waiter {
  resolve(outcome: FireOutcome): void;
  reject(error: unknown): void;
}

/**
 * Gathers the reminders that concurrently running jobs fire into one transaction per batch, so a
 * burst of due reminders costs a few statements and one commit per batch instead of per reminder.
 * Each caller still gets its own reminder's outcome (its job completes or retries as before). If
 * a batch fails, its reminders are fired one by one, so one bad reminder fails only its own job.
 */
export class ReminderFireBatcher {
  private readonly pending = new Map<string, Waiter[]>();
  private timer?: NodeJS.Timeout;
  private inFlight = 0;
  private readonly maxBatch: number;
  private readonly lingerMs: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly firing: BatchFiring,
    options: FireBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 250;
    this.lingerMs = options.lingerMs ?? 5;
    this.maxInFlight = options.maxInFlight ?? 2;
    if (this.maxBatch < 1 || this.maxInFlight < 1 || this.lingerMs < 0) {
      throw new Error('A fire batcher needs maxBatch ≥ 1, maxInFlight ≥ 1 and lingerMs ≥ 0.');
    }
  }

  fire(reminderId: string): Promise<FireOutcome> {
    return new Promise<FireOutcome>((resolve, reject) => {
      const waiters = this.pending.get(reminderId);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(reminderId, [{ resolve, reject }]);
      this.kick();
    });
  }

  private kick(): void {
    // A batch that finishes kicks again, so a full pipeline just lets the next batch grow.
    if (this.inFlight >= this.maxInFlight || this.pending.size === 0) return;
    if (this.pending.size >= this.maxBatch) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.lingerMs);
    }
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight >= this.maxInFlight || this.pending.size === 0) return;
    const batch = new Map<string, Waiter[]>();
    for (const [id, waiters] of this.pending) {
      if (batch.size >= this.maxBatch) break;
      batch.set(id, waiters);
    }
    for (const id of batch.keys()) this.pending.delete(id);
    this.inFlight += 1;
    void this.run(batch).finally(() => {
      this.inFlight -= 1;
      this.kick();
    });
    this.kick();
  }

  private async run(batch: Map<string, Waiter[]>): Promise<void> {
    const settle = (id: string, outcome: FireOutcome | null, error?: unknown) => {
      for (const waiter of batch.get(id) ?? []) {
        if (outcome) waiter.resolve(outcome);
        else waiter.reject(error);
      }
    };
    try {
      const outcomes = await this.firing.fireMany([...batch.keys()]);
      for (const id of batch.keys()) {
        const outcome = outcomes.get(id);
        settle(id, outcome ?? null, new Error(`Reminder ${id} got no outcome.`));
      }
    } catch {
      // Nothing of the batch committed (or its e-mails were not enqueued): one by one, each
      // reminder's job then succeeds or fails on its own.
      for (const id of batch.keys()) {
        try {
          settle(id, await this.firing.fire(id));
        } catch (error) {
          settle(id, null, error);
        }
      }
    }
  }
}
