import { describe, expect, it } from 'vitest';
import { allowedActions } from './actions';

const user = (...roles: string[]) => ({
  username: 'u',
  dept: 'bureau',
  roles,
  regions: ['330500'],
});

describe('case actions by role and stage', () => {
  it('an operator triages or declines a received report, and cannot verify', () => {
    expect(allowedActions(user('operator'), { status: 'received' })).toEqual(['triage', 'decline']);
    expect(allowedActions(user('operator'), { status: 'assigned' })).toEqual([]);
  });

  it('an inspector only records the verification of an assigned report', () => {
    expect(allowedActions(user('inspector'), { status: 'assigned' })).toEqual(['verification']);
    expect(allowedActions(user('inspector'), { status: 'received' })).toEqual([]);
  });

  it('the one extension is offered to a supervisor only while unused', () => {
    expect(allowedActions(user('supervisor'), { status: 'assigned' })).toContain('extension');
    expect(
      allowedActions(user('supervisor'), { status: 'assigned', extension: { days: 30 } }),
    ).not.toContain('extension');
  });

  it('the custodian gets no case-work action on a triaged report (the reveal is apart)', () => {
    expect(allowedActions(user('custodian'), { status: 'triaged' })).toEqual([]);
  });
});
