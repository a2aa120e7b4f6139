import { MaintenanceJob, QueueName } from '@techpact/contracts';
import { assertEveryJobHasHandler } from './job-registry';

describe('assertEveryJobHasHandler', () => {
  it('passes when every job of the queue is handled', () => {
    expect(() =>
      assertEveryJobHasHandler(QueueName.Maintenance, [MaintenanceJob.Heartbeat]),
    ).not.toThrow();
  });

  it('names the job that has no handler', () => {
    expect(() => assertEveryJobHasHandler(QueueName.Maintenance, [])).toThrow(
      'Queue "maintenance" has jobs without a handler: heartbeat.',
    );
  });
});
