import { QueueName } from '@techpact/contracts';
import { assertEveryJobIsHandled } from './processors';

describe('assertEveryJobIsHandled', () => {
  it('accepts the processors of the worker', () => {
    expect(() => assertEveryJobIsHandled()).not.toThrow();
  });

  it('stops the start, naming the job, when a processor misses one', () => {
    expect(() =>
      assertEveryJobIsHandled({
        [QueueName.Maintenance]: { handledJobs: [] },
        [QueueName.Reminders]: { handledJobs: ['fire', 'weeklyHoursNudge', 'emailSigner'] },
        [QueueName.Notifications]: { handledJobs: ['email'] },
      }),
    ).toThrow(/maintenance.*heartbeat/);
  });
});
