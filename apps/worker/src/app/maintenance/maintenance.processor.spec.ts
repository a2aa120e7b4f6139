import { type WorkerHeartbeatService } from '@techpact/api/infra-queue';
import { MaintenanceJob } from '@techpact/contracts';
import { type Job } from 'bullmq';
import { MaintenanceProcessor } from './maintenance.processor';

describe('MaintenanceProcessor', () => {
  const beat = jest.fn(() => Promise.resolve());
  const processor = new MaintenanceProcessor({ beat } as unknown as WorkerHeartbeatService);

  it('records the heartbeat', async () => {
    await processor.process({ name: MaintenanceJob.Heartbeat, data: {} } as Job);
    expect(beat).toHaveBeenCalledTimes(1);
  });

  it('fails a job it does not know, naming it', async () => {
    await expect(processor.process({ name: 'vacuum', data: {} } as Job)).rejects.toThrow(
      'no handler for job "vacuum"',
    );
  });
});
