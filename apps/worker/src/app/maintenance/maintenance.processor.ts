import { Processor } from '@nestjs/bullmq';
import { QueueProcessor, WorkerHeartbeatService } from '@techpact/api/infra-queue';
import { type JobPayloads, MaintenanceJob, QueueName } from '@techpact/contracts';
import { type Job } from 'bullmq';

/** The jobs {@link MaintenanceProcessor.process} handles; checked against the contracts at start. */
const HANDLED_JOBS = [MaintenanceJob.Heartbeat] as const;
type HandledJob = (typeof HANDLED_JOBS)[number];

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends QueueProcessor {
  static readonly handledJobs: readonly MaintenanceJob[] = HANDLED_JOBS;

  constructor(private readonly heartbeat: WorkerHeartbeatService) {
    super();
  }

  async process(job: Job<JobPayloads[MaintenanceJob]>): Promise<void> {
    const name = job.name as HandledJob;
    switch (name) {
      case MaintenanceJob.Heartbeat:
        return this.heartbeat.beat();
      default: {
        const unknown: never = name;
        throw new Error(`The ${QueueName.Maintenance} queue has no handler for job "${unknown}".`);
      }
    }
  }
}
