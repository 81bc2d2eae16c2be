// Given records, when the engine evaluates them, then it proposes the criteria they meet.
import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from './criteria.js';
import type { AccidentLevel } from './subject.js';

const rules = { largerAccidents: 2, largerAccidentWindowMonths: 12 };
const accident = (id: string, occurredOn: string, accidentLevel: AccidentLevel) => ({
  id,
  fact: 'accident' as const,
  accidentLevel,
  occurredOn,
  triggerRef: `acc-${id}`,
  evidenceEventId: `ev-${id}`,
});

describe('two larger accidents within 12 months (art. 6(2))', () => {
  it('two within 12 months propose a listing naming both accidents and their events', () => {
    const out = evaluateCriteria(
      [accident('a', '2025-03-01', 'larger'), accident('b', '2026-02-28', 'larger')],
      new Set(),
      rules,
    );
    expect(out).toEqual([
      {
        criterion: 'two-larger-accidents-in-12-months',
        criterionId: 'art6-2',
        evidence: [
          { ref: 'acc-a', recordId: 'a', eventId: 'ev-a' },
          { ref: 'acc-b', recordId: 'b', eventId: 'ev-b' },
        ],
      },
    ]);
  });
  it('one larger accident does not', () => {
    expect(evaluateCriteria([accident('a', '2025-03-01', 'larger')], new Set(), rules)).toEqual([]);
  });
  it('two 13 months apart do not', () => {
    const out = evaluateCriteria(
      [accident('a', '2025-01-10', 'larger'), accident('b', '2026-02-10', 'larger')],
      new Set(),
      rules,
    );
    expect(out).toEqual([]);
  });
  it('two general accidents do not; the configured count applies', () => {
    expect(
      evaluateCriteria(
        [accident('a', '2025-01-10', 'general'), accident('b', '2025-02-10', 'general')],
        new Set(),
        rules,
      ),
    ).toEqual([]);
    const three = { largerAccidents: 3, largerAccidentWindowMonths: 12 };
    expect(
      evaluateCriteria(
        [accident('a', '2025-01-10', 'larger'), accident('b', '2025-02-10', 'larger')],
        new Set(),
        three,
      ),
    ).toEqual([]);
  });
  it('accidents already used by an earlier listing case do not propose again', () => {
    const records = [accident('a', '2025-03-01', 'larger'), accident('b', '2025-04-01', 'larger')];
    expect(evaluateCriteria(records, new Set(['a', 'b']), rules)).toEqual([]);
    const third = [...records, accident('c', '2025-05-01', 'larger')];
    expect(evaluateCriteria(third, new Set(['a', 'b']), rules)[0]?.evidence).toHaveLength(3);
  });
});

describe('other criteria', () => {
  it('a major accident (art. 6(1)) and a concealment (art. 6(4)) are met in the regulation’s order', () => {
    const out = evaluateCriteria(
      [
        {
          id: 'c',
          fact: 'accident-concealment',
          occurredOn: '2026-01-01',
          triggerRef: 'acc-c',
        },
        accident('m', '2026-01-02', 'major'),
      ],
      new Set(),
      rules,
    );
    expect(out.map((p) => [p.criterion, p.criterionId])).toEqual([
      ['major-accident', 'art6-1'],
      ['accident-concealment', 'art6-4'],
    ]);
  });
  it('unlicensed operation (art. 7(1)) is met; bad records without a fact are not', () => {
    const out = evaluateCriteria(
      [
        { id: 'u', fact: 'unlicensed-operation', occurredOn: '2026-01-01', triggerRef: 'r-1' },
        { id: 'x', occurredOn: '2026-01-01', triggerRef: 'hz-1' },
      ],
      new Set(),
      rules,
    );
    expect(out.map((p) => p.criterion)).toEqual(['unlicensed-operation']);
  });
});
