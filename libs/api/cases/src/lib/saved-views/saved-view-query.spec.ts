import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { parseSavedViewQuery } from './saved-view-query';

function refusal(plain: Record<string, unknown>): AppError {
  try {
    parseSavedViewQuery(plain);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the query to be refused');
}

describe('parseSavedViewQuery', () => {
  it('keeps only the given keys, parsed as the case list parses them', () => {
    expect(
      parseSavedViewQuery({
        state: 'intake,onHold',
        stage: ['agreement'],
        q: '  Aars ',
        agreementSigned: 'true',
        limit: '100',
        sort: 'companyName',
      }),
    ).toEqual({
      state: ['intake', 'onHold'],
      stage: ['agreement'],
      q: 'Aars',
      agreementSigned: true,
      limit: 100,
      sort: 'companyName',
    });
  });

  it('drops empty filters, so that equal views compare equal', () => {
    expect(parseSavedViewQuery({ state: [], q: '' })).toEqual({});
  });

  it('refuses unknown keys, offset included, by name', () => {
    const error = refusal({ colour: 'red', offset: 50, q: 'x' });
    expect(error.code).toBe(ErrorCode.Validation);
    expect(error.details?.map((detail) => detail.field)).toEqual(['query.colour', 'query.offset']);
  });

  it('refuses values the case list refuses, naming the field', () => {
    const error = refusal({ state: ['intake', 'flying'], municipalityId: 'nope', limit: 500 });
    expect(error.code).toBe(ErrorCode.Validation);
    expect(error.details?.map((detail) => detail.field).sort()).toEqual([
      'query.limit',
      'query.municipalityId',
      'query.state',
    ]);
    expect(error.message).toContain('query.state');
  });
});
