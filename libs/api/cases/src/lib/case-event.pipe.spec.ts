import { BadRequestException } from '@nestjs/common';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { CASE_EVENT_TYPES } from '@techpact/lifecycle';
import { CaseEventPipe } from './case-event.pipe';

const EXPERT_ID = '2f1d7a3e-8a4b-4c1e-9f00-6c1b2a3d4e5f';

async function refusal(
  body: unknown,
): Promise<{ status: number; message: string; fields: string[] }> {
  try {
    await new CaseEventPipe().transform(body);
  } catch (error) {
    if (error instanceof AppError) {
      expect(error.code).toBe(ErrorCode.Validation);
      return {
        status: 400,
        message: error.message,
        fields: (error.details ?? []).map((d) => d.field ?? ''),
      };
    }
    if (error instanceof BadRequestException) {
      const response = error.getResponse() as {
        message: string;
        details: { field: string; message: string }[];
      };
      return {
        status: error.getStatus(),
        message: response.message,
        fields: response.details.map((d) => d.field),
      };
    }
    throw error;
  }
  throw new Error('Expected the body to be refused');
}

describe('CaseEventPipe', () => {
  it('parses each payload shape into a command without extra fields', async () => {
    const pipe = new CaseEventPipe();
    await expect(
      pipe.transform({
        type: 'SCHEDULE_ASSESSMENT',
        expertId: EXPERT_ID,
        date: '2026-12-01',
        expectedVersion: 3,
      }),
    ).resolves.toEqual({
      command: { type: 'SCHEDULE_ASSESSMENT', expertId: EXPERT_ID, date: '2026-12-01' },
      expectedVersion: 3,
    });
    await expect(pipe.transform({ type: 'RESUME' })).resolves.toEqual({
      command: { type: 'RESUME' },
    });
    await expect(
      pipe.transform({ type: 'PAUSE', reason: 'Busy season', until: '2027-03-01' }),
    ).resolves.toEqual({
      command: { type: 'PAUSE', reason: 'Busy season', until: '2027-03-01' },
    });
    await expect(pipe.transform({ type: 'SIGN', versionHash: 'sha256:abc' })).resolves.toEqual({
      command: { type: 'SIGN', versionHash: 'sha256:abc' },
    });
  });

  it('refuses an unknown or missing type, listing the valid ones', async () => {
    const unknown = await refusal({ type: 'TELEPORT' });
    expect(unknown.message).toContain('Unknown event type "TELEPORT"');
    for (const type of CASE_EVENT_TYPES) expect(unknown.message).toContain(type);
    expect(unknown.fields).toEqual(['type']);
    expect((await refusal({ reason: 'x' })).message).toContain('The event type is missing');
    expect((await refusal(['PAUSE'])).message).toMatch(/JSON object/);
  });

  it('names the missing payload fields', async () => {
    const schedule = await refusal({ type: 'SCHEDULE_ASSESSMENT' });
    expect(schedule.status).toBe(400);
    expect(schedule.fields).toEqual(['expertId', 'date']);
    expect(schedule.message).toBe('expertId is required; date is required');
    expect((await refusal({ type: 'WITHDRAW' })).message).toBe('reason is required');
    expect((await refusal({ type: 'SIGN' })).fields).toEqual(['versionHash']);
  });

  it('bounds and checks the values', async () => {
    const long = await refusal({ type: 'PAUSE', reason: 'x'.repeat(10_000) });
    expect(long.message).toBe('reason must be at most 2000 characters');
    expect((await refusal({ type: 'WITHDRAW', reason: '' })).message).toBe(
      'reason must not be empty',
    );
    expect(
      (await refusal({ type: 'SCHEDULE_ASSESSMENT', expertId: EXPERT_ID, date: '1/12/2026' }))
        .message,
    ).toMatch(/date must be an ISO 8601 date/);
    expect(
      (await refusal({ type: 'SCHEDULE_ASSESSMENT', expertId: 'someone', date: '2026-12-01' }))
        .message,
    ).toBe('expertId must be a UUID');
    expect((await refusal({ type: 'RESUME', expectedVersion: -1 })).fields).toEqual([
      'expectedVersion',
    ]);
    expect((await refusal({ type: 'RESUME', expectedVersion: '2' })).fields).toEqual([
      'expectedVersion',
    ]);
  });

  it('refuses fields that belong to other event types', async () => {
    const extra = await refusal({ type: 'START_ASSESSMENT', reason: 'Because' });
    expect(extra.message).toBe('Unknown field "reason" is not allowed.');
    expect((await refusal({ type: 'WITHDRAW', reason: 'x', until: '2027-01-01' })).fields).toEqual([
      'until',
    ]);
  });
});
