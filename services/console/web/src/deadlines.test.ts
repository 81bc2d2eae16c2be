import { describe, expect, it } from 'vitest';
import { nextDeadline, runningDeadlines, soonDaysOf } from './deadlines';

describe('the deadline a case badge shows', () => {
  it('shows a new case by its reply limit, when no statutory clock runs yet', () => {
    const r = {
      deadlines: [
        { kind: 'conclusion', dueBy: '2026-12-29', overdue: false },
        { kind: 'reply', dueBy: '2026-12-04', overdue: false },
      ],
    };
    expect(nextDeadline(r)?.kind).toBe('reply');
  });

  it('chases the earliest clock of several, overdue ones first', () => {
    const r = {
      deadline: { kind: 'verification', dueBy: '2027-01-27' },
      deadlines: [
        { kind: 'verification', dueBy: '2027-01-27', overdue: false },
        { kind: 'conclusion', dueBy: '2026-11-20', overdue: true },
      ],
    };
    expect(runningDeadlines(r).map((d) => d.kind)).toEqual(['conclusion', 'verification']);
  });

  it('falls back to the statutory deadline, and to none', () => {
    expect(nextDeadline({ deadline: { kind: 'feedback', dueBy: '2027-01-01' } })?.kind).toBe(
      'feedback',
    );
    expect(nextDeadline({})).toBeUndefined();
  });
});

describe('when a badge turns amber', () => {
  it('a day before the reply limit, a week before the others (complaints’ defaults)', () => {
    expect(soonDaysOf('reply')).toBe(1);
    expect(soonDaysOf('verification')).toBe(7);
    expect(soonDaysOf('conclusion')).toBe(7);
  });
});
