// evolve(state, event) of hazard cases: how each event changes the state (Emmett style; the
// decisions are in decide-hazard.ts and decide-supervision.ts).
import type { Hazard, HazardEvent } from './hazard.js';

/** Applies one event to the state (undefined before `hazard.reported`). */
export function evolve(state: Hazard | undefined, event: HazardEvent): Hazard {
  if (event.type === 'hazard.reported') return { ...event.hazard, status: 'found', version: 1 };
  if (state === undefined) throw new Error(`${event.type} before hazard.reported`);
  const next = apply(state, event);
  return { ...next, version: state.version + 1 };
}

function apply(s: Hazard, e: Exclude<HazardEvent, { type: 'hazard.reported' }>): Hazard {
  switch (e.type) {
    case 'hazard.graded':
      return {
        ...s,
        level: e.level,
        stopRequired: e.stopRequired,
        deadline: e.deadline,
        status: e.level === 'general' ? 'rectifying' : 'identified',
        ...(e.checklist === undefined ? {} : { checklist: e.checklist }),
      };
    case 'hazard.double-reported':
      return {
        ...s,
        status: 'double-reported',
        doubleReport: {
          toRegulatorAt: e.toRegulatorAt,
          toWorkersCongressAt: e.toWorkersCongressAt,
        },
      };
    case 'hazard.plan-submitted':
      return { ...s, status: 'plan-submitted', plan: e.plan };
    case 'hazard.stop-ordered':
      return { ...s, stopOrder: { scope: e.scope, orderNumber: e.orderNumber } };
    case 'hazard.listed':
      return { ...s, listing: e.listing, deadline: e.listing.deadline };
    case 'hazard.rectification-started':
      return { ...s, status: 'rectifying', deadline: e.deadline };
    case 'hazard.extension-requested':
      return { ...s, status: 'extension-requested', extension: e.request };
    case 'hazard.extension-decided': {
      const { extension: _done, ...rest } = s;
      return { ...rest, status: 'rectifying', deadline: e.deadline };
    }
    case 'hazard.rectified':
      return { ...s, status: 'rectified', evidence: e.evidence };
    case 'hazard.reviewed':
      if (e.outcome === 'passed') {
        return { ...s, status: e.kind === 'recheck' ? 'rechecked' : s.status };
      }
      return e.newDeadline === undefined
        ? s
        : { ...s, status: 'rectifying', deadline: e.newDeadline };
    case 'hazard.assessed':
      return { ...s, status: e.conclusion === 'eliminated' ? 'assessed' : 'rectifying' };
    case 'hazard.resumption-applied':
      return {
        ...s,
        status: 'resumption-applied',
        reviewDueBy: e.reviewDueBy,
        resumptionApplicationId: e.applicationId,
      };
    case 'hazard.rejected':
      return { ...s, status: 'rectifying', deadline: e.newDeadline };
    case 'hazard.closed':
      return { ...s, status: 'closed', closedAt: e.at };
    case 'hazard.overdue':
      return { ...s, overdueFor: e.deadline };
    case 'hazard.linked':
      return { ...s, links: [...(s.links ?? []), e.link] };
    case 'hazard.due-soon':
      return { ...s, dueSoonFor: e.deadline };
    case 'hazard.bureau-deadline-missed':
      return { ...s, bureauMissed: [...(s.bureauMissed ?? []), e.miss] };
    case 'hazard.enforcement-ordered':
      return { ...s, enforcement: e.enforcement };
    case 'hazard.enforcement-lifted':
      return s.enforcement === undefined
        ? s
        : {
            ...s,
            enforcement: {
              ...s.enforcement,
              liftedAt: e.at,
              liftedOn: e.liftedOn,
              liftReason: e.reason,
            },
          };
  }
}
