import { readinessOf } from './readiness';

describe('readinessOf', () => {
  it.each([
    ['up', 'up', 'ok'],
    ['up', 'down', 'degraded'],
    ['down', 'up', 'down'],
    ['down', 'down', 'down'],
  ] as const)('database %s, redis %s → %s', (database, redis, status) => {
    expect(readinessOf(database, redis, null)).toEqual({
      status,
      database,
      redis,
      workerHeartbeatAt: null,
      outbox: null,
    });
  });
});
