// Which clock a case badge shows. complaints lists every clock running on a case (`deadlines`:
// the statutory verification/feedback/reward-claim one and the local reply and conclusion
// limits, DOMAIN.md "Complaints"); a new case has only the local ones, so a badge taken from
// the statutory `deadline` alone would leave a new case without one.

/** One running clock as complaints reports it. */
export interface RunningDeadline {
  kind: string;
  dueBy: string;
  overdue?: boolean;
}

/** The clocks of a case: `deadlines` when complaints sends it, else the statutory one. */
export function runningDeadlines(r: {
  deadlines?: RunningDeadline[];
  deadline?: RunningDeadline;
}): RunningDeadline[] {
  const all = r.deadlines ?? (r.deadline ? [r.deadline] : []);
  // ISO dates sort as strings; the earliest is the one to chase first.
  return [...all].sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}

/** The clock to chase first (earliest due), or undefined when none runs. */
export const nextDeadline = (r: Parameters<typeof runningDeadlines>[0]) => runningDeadlines(r)[0];

/**
 * Days before a clock's due date its badge turns amber: complaints' defaults
 * (`COMPLAINTS_REPLY_DUE_SOON_DAYS` 1 for the 5-working-day reply limit,
 * `COMPLAINTS_DUE_SOON_DAYS` 7 for the others), so the badge agrees with its due-soon list.
 */
export const soonDaysOf = (kind: string): number => (kind === 'reply' ? 1 : 7);
