import { isRedisConnectionError, RedisOutageLog } from './redis-errors';

function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' });
}

describe('RedisOutageLog', () => {
  function outageLog() {
    const logger = { warn: jest.fn(), log: jest.fn(), error: jest.fn() };
    return { logger, log: new RedisOutageLog(logger) };
  }

  it('warns once per outage, however many connections retry, and once when it ends', () => {
    const { logger, log } = outageLog();
    for (let attempt = 0; attempt < 50; attempt++)
      log.failed(refused(), `connection ${attempt % 3}`);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toContain('redis-server --daemonize yes');
    expect(log.isDown).toBe(true);

    const onRecovered = jest.fn();
    log.onRecovered(onRecovered);
    log.recovered();
    log.recovered();
    expect(logger.log).toHaveBeenCalledTimes(1);
    expect(onRecovered).toHaveBeenCalledTimes(1);
    log.failed(refused(), 'again');
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('logs every error that is not about reaching Redis', () => {
    const { logger, log } = outageLog();
    log.failed(new Error('ERR Error running script'), 'queue maintenance');
    log.failed(new Error('ERR Error running script'), 'queue maintenance');
    expect(logger.error).toHaveBeenCalledTimes(2);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it.each([
    [refused(), true],
    [new Error('Connection is closed.'), true],
    [new Error("Stream isn't writeable and enableOfflineQueue options is false"), true],
    [new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), false],
  ])('classifies %s', (error, expected) => {
    expect(isRedisConnectionError(error)).toBe(expected);
  });
});
