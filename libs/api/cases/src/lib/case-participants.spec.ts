import { type CaseParticipant, CaseParticipants } from './case-participants';

const named = (name: string, after?: string[]): CaseParticipant => ({ name, after });

describe('CaseParticipants', () => {
  it('orders each participant after the ones it names, whatever the registration order', () => {
    const registry = new CaseParticipants();
    registry.register(named('activities', ['agreements']));
    registry.register(named('timesheets', ['activities']));
    registry.register(named('agreements'));
    registry.register(named('outcomes'));
    expect(registry.all().map((p) => p.name)).toEqual([
      'agreements',
      'activities',
      'timesheets',
      'outcomes',
    ]);
  });

  it('refuses a participant registered twice and participants that wait for each other', () => {
    const registry = new CaseParticipants();
    registry.register(named('a', ['b']));
    expect(() => registry.register(named('a'))).toThrow(/registered twice/);
    registry.register(named('b', ['a']));
    expect(() => registry.all()).toThrow(/wait for each other/);
  });
});
