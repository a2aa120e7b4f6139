import { InjectQueue } from '@nestjs/bullmq';
import { type JobPayloads, type QueueJobs, type QueueName } from '@techpact/contracts';
import { type Queue } from 'bullmq';

/** A BullMQ queue that only takes its own jobs, each with its payload type. */
export type TypedQueue<Q extends QueueName> = Queue<JobPayloads[QueueJobs[Q]], void, QueueJobs[Q]>;

/** Injects the queue registered under a {@link QueueName} (never a free string). */
export const InjectTypedQueue = (queue: QueueName): ParameterDecorator => InjectQueue(queue);
