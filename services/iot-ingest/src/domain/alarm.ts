// The alarm's lifecycle for people (DOMAIN.md "IoT monitoring"): raised (and pushed through
// the outbox) → acknowledged → disposed (real, false, maintenance, sensor fault) → closed.
// Closing needs both a disposal and the reading back in range (cleared). Not acknowledged in
// time → escalated, first to the enterprise principal, then to the county bureau.
import { accept, assertNever, reject, type Decision } from './decision.js';
import { IotCodes } from './errors.js';

export type AlarmStatus = 'raised' | 'acknowledged' | 'disposed' | 'closed';
export type Disposition = 'real' | 'false' | 'maintenance' | 'sensor-fault';
export type EscalationTier = 'enterprise-principal' | 'county-bureau';

/** What the lifecycle decisions need of an alarm. Times ISO 8601. */
export interface Alarm {
  readonly id: string;
  readonly sensorId: string;
  readonly status: AlarmStatus;
  readonly raisedAt: string;
  readonly clearedAt: string | null;
  readonly disposition: Disposition | null;
  readonly escalation: EscalationTier | null;
}

/** A command of a person or of the sweeper. */
export type AlarmCommand =
  | { readonly kind: 'acknowledge'; readonly by: string; readonly at: string }
  | {
      readonly kind: 'dispose';
      readonly by: string;
      readonly at: string;
      readonly disposition: Disposition;
      readonly note?: string | undefined;
    }
  | { readonly kind: 'escalate'; readonly tier: EscalationTier; readonly at: string };

/** Lifecycle events (mapped to the catalog in events/contract-events.ts). */
export type AlarmEvent =
  | {
      readonly type: 'alarm.acknowledged';
      readonly by: string;
      readonly at: string;
      readonly delaySeconds: number;
    }
  | {
      readonly type: 'alarm.disposed';
      readonly by: string;
      readonly at: string;
      readonly disposition: Disposition;
      readonly note?: string | undefined;
    }
  | {
      readonly type: 'alarm.escalated';
      readonly tier: EscalationTier;
      readonly at: string;
      readonly unacknowledgedSeconds: number;
    }
  | { readonly type: 'alarm.closed'; readonly disposition: Disposition; readonly at: string };

const seconds = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));

/** Decides a command against an alarm. */
export function decideAlarm(a: Alarm, c: AlarmCommand): Decision<AlarmEvent> {
  switch (c.kind) {
    case 'acknowledge':
      if (a.status !== 'raised') return illegal(a, c.kind);
      return accept([
        { type: 'alarm.acknowledged', by: c.by, at: c.at, delaySeconds: seconds(a.raisedAt, c.at) },
      ]);
    case 'dispose': {
      if (a.status !== 'acknowledged') return illegal(a, c.kind);
      const disposed: AlarmEvent = {
        type: 'alarm.disposed',
        by: c.by,
        at: c.at,
        disposition: c.disposition,
        ...(c.note === undefined ? {} : { note: c.note }),
      };
      if (a.clearedAt === null) return accept([disposed]);
      return accept([disposed, { type: 'alarm.closed', disposition: c.disposition, at: c.at }]);
    }
    case 'escalate': {
      // Escalation only goes up, and only while nobody has acknowledged the alarm.
      if (a.status !== 'raised' || a.escalation === c.tier || a.escalation === 'county-bureau') {
        return illegal(a, c.kind);
      }
      const unacknowledgedSeconds = seconds(a.raisedAt, c.at);
      return accept([{ type: 'alarm.escalated', tier: c.tier, at: c.at, unacknowledgedSeconds }]);
    }
    default:
      return assertNever(c);
  }
}

/** Applies an event to the alarm. */
export function evolveAlarm(a: Alarm, e: AlarmEvent): Alarm {
  switch (e.type) {
    case 'alarm.acknowledged':
      return { ...a, status: 'acknowledged' };
    case 'alarm.disposed':
      return { ...a, status: 'disposed', disposition: e.disposition };
    case 'alarm.escalated':
      return { ...a, escalation: e.tier };
    case 'alarm.closed':
      return { ...a, status: 'closed' };
    default:
      return assertNever(e);
  }
}

/** The tier an unacknowledged alarm is due for at `now`, if any (config: 10 / 30 min). */
export function escalationDue(
  a: Alarm,
  now: number,
  principalMs: number,
  countyMs: number,
): EscalationTier | undefined {
  if (a.status !== 'raised') return undefined;
  const age = now - Date.parse(a.raisedAt);
  if (age >= countyMs && a.escalation !== 'county-bureau') return 'county-bureau';
  if (age >= principalMs && a.escalation === null) return 'enterprise-principal';
  return undefined;
}

function illegal(a: Alarm, kind: AlarmCommand['kind']): Decision<AlarmEvent> {
  return reject(
    IotCodes.illegalTransition,
    `Cannot ${kind} alarm ${a.id} while it is ${a.status}.`,
  );
}
