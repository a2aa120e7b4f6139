import { waitForRedis } from './wait-for-redis';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('waitForRedis (real Redis)', () => {
  it('returns at once when Redis answers', async () => {
    const onUnreachable = jest.fn();
    await waitForRedis(REDIS_URL, { onUnreachable });
    expect(onUnreachable).not.toHaveBeenCalled();
  });

  it('keeps trying with a message saying how to start Redis, until stopped', async () => {
    const messages: string[] = [];
    const stop = new AbortController();
    const waiting = waitForRedis('redis://127.0.0.1:6390', {
      intervalMs: 50,
      signal: stop.signal,
      onUnreachable: (message) => {
        messages.push(message);
        if (messages.length === 3) stop.abort();
      },
    });
    await expect(waiting).rejects.toThrow();
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('ECONNREFUSED');
    expect(messages[0]).toContain('redis-server --daemonize yes');
    expect(messages[0]).toContain('REDIS_URL (now redis://127.0.0.1:6390)');
  });
});
