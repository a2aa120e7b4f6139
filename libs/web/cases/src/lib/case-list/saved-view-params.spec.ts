import { convertToParamMap } from '@angular/router';
import { paramsFromViewQuery, viewKey, viewQueryFromParams } from './saved-view-params';

describe('saved view parameters', () => {
  it('turn the list address into a view query: size as limit, no page, no defaults', () => {
    expect(
      viewQueryFromParams(
        convertToParamMap({
          state: ['intake', 'onHold'],
          stage: 'agreement,completed',
          q: 'Aars',
          agreementSigned: 'true',
          sort: 'updatedAt',
          order: 'desc',
          size: '100',
          page: '3',
          colour: 'red',
        }),
      ),
    ).toEqual({
      state: ['intake', 'onHold'],
      stage: ['agreement', 'completed'],
      q: 'Aars',
      agreementSigned: true,
      limit: 100,
    });
  });

  it('turn a view query back into the address the list reads', () => {
    expect(
      paramsFromViewQuery({
        state: ['intake'],
        limit: 50,
        hasOutcomes: false,
        sort: 'companyName',
      }),
    ).toEqual({ state: ['intake'], size: '50', hasOutcomes: 'false', sort: 'companyName' });
  });

  it('compare views regardless of key order, list order and spelled-out defaults', () => {
    expect(viewKey({ state: ['onHold', 'intake'], q: 'x' })).toBe(
      viewKey({ q: 'x', state: ['intake', 'onHold'], sort: 'updatedAt', order: 'desc', limit: 25 }),
    );
    expect(viewKey({ state: ['intake'] })).not.toBe(viewKey({ state: ['intake'], q: 'x' }));
  });
});
