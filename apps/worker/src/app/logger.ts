import { type AppConfig } from '@techpact/api/infra-config';
import { type Logger, pino } from 'pino';

/** The worker's one pino logger: readable lines in development, JSON elsewhere. */
export function createLogger(config: AppConfig): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'worker' },
    transport:
      config.nodeEnv === 'development'
        ? { target: 'pino-pretty', options: { singleLine: true } }
        : undefined,
  });
}
