import { spawnSync } from 'node:child_process';
import { type ReadinessResponse } from '@techpact/contracts';
import { API_MAIN } from '../support/api-process';
import { ApiClient } from '../support/client';

describe('health and documentation', () => {
  it('reports the database up when ready', async () => {
    const reply = await new ApiClient().get<ReadinessResponse>('/api/health/ready');
    expect(reply.status).toBe(200);
    expect(reply.body.database).toBe('up');
  });

  it('answers a request id on every response', async () => {
    const reply = await new ApiClient().get('/api/health');
    expect(reply.headers.get('x-request-id')).toMatch(/\S+/);
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const reply = await new ApiClient().get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/docs-json',
    );
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/invitations']),
    );
  });
});

describe('start-up configuration', () => {
  it('stops with a message naming a missing DATABASE_URL', () => {
    const result = spawnSync(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        APP_URL: 'https://x.example',
        SESSION_SECRET: 'y'.repeat(40),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL is missing');
  });

  it('names a malformed PORT', () => {
    const result = spawnSync(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
        PORT: 'abc',
        SESSION_SECRET: 'y'.repeat(40),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a port number between 1 and 65535 (got "abc")');
  });
});
