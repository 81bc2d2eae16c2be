import { describe, expect, it } from 'vitest';
import { BusConfigError } from '../errors.js';
import { busNames } from '../naming.js';
import { filtersByStream, subjectMatches, typeFilter } from './subjects.js';

const names = busNames('t_x');

describe('filtersByStream', () => {
  it('groups filters by the context they name', () => {
    expect(
      filtersByStream(names, ['t_x.hazards.hazard.*.*', 't_x.hazards.accident.>', 't_x.iot.>']),
    ).toEqual([
      {
        context: 'hazards',
        stream: 'T_X_HAZARDS',
        filters: ['t_x.hazards.hazard.*.*', 't_x.hazards.accident.>'],
      },
      { context: 'iot', stream: 'T_X_IOT', filters: ['t_x.iot.>'] },
    ]);
  });

  it('expands a context wildcard to every stream', () => {
    const plan = filtersByStream(names, ['t_x.*.*.*.330521']);
    expect(plan).toHaveLength(names.contexts.length);
    expect(plan[0]?.filters).toEqual([`t_x.${names.contexts[0]}.*.*.330521`]);
  });

  it('rejects filters outside the prefix or with unknown contexts', () => {
    expect(() => filtersByStream(names, ['yiwang.hazards.>'])).toThrow(BusConfigError);
    expect(() => filtersByStream(names, ['t_x.weather.>'])).toThrow(BusConfigError);
  });
});

describe('subjectMatches', () => {
  it('follows NATS wildcard rules', () => {
    expect(subjectMatches('a.*.c', 'a.b.c')).toBe(true);
    expect(subjectMatches('a.>', 'a.b.c')).toBe(true);
    expect(subjectMatches('a.>', 'a')).toBe(false);
    expect(subjectMatches('a.*', 'a.b.c')).toBe(false);
    expect(subjectMatches('a.b', 'a.c')).toBe(false);
  });

  it('builds the filter of an event type', () => {
    expect(typeFilter('yiwang.hazards.hazard.reported.v1', 't_x')).toBe(
      't_x.hazards.hazard.reported.*',
    );
  });
});
