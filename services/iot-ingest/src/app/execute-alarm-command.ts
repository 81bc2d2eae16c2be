// Acknowledge, dispose or escalate one alarm: load it under its row lock, decide, write the
// lifecycle columns and the events (outbox) in one transaction.
import { withStoredTrace } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { loadAlarm, toAlarm, updateAlarm, type AlarmRow } from '../db/alarms.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { decideAlarm, evolveAlarm, type AlarmCommand, type AlarmEvent } from '../domain/alarm.js';
import { alarmContractEvent } from '../events/contract-events.js';

/** The alarm id was not found. */
export function alarmNotFound(id: string): DomainError {
  return new DomainError('IOT.ALARM_NOT_FOUND', `No alarm ${id}.`);
}

/**
 * Runs `command` on alarm `id`; `authorize` sees the row before anything changes (object-level
 * access). Returns the updated row. Throws the domain's rejection as a DomainError.
 */
export async function executeAlarmCommand(
  deps: Deps,
  id: string,
  command: AlarmCommand,
  authorize: (row: AlarmRow) => void = () => undefined,
  within?: Executor,
): Promise<AlarmRow> {
  const run = async (tx: Executor) => {
    const row = await loadAlarm(tx, id, true);
    if (row === undefined) throw alarmNotFound(id);
    authorize(row);
    const decision = decideAlarm(toAlarm(row), command);
    if (!decision.ok) throw new DomainError(decision.rejection.code, decision.rejection.detail);
    let alarm = toAlarm(row);
    let version = row.version;
    const events = decision.events.map((e) => {
      alarm = evolveAlarm(alarm, e);
      version++;
      return alarmContractEvent(e, row, deps.ids.uuid(), version);
    });
    const set = { ...columnsOf(decision.events), status: alarm.status, version };
    await updateAlarm(tx, id, set);
    // A request keeps its own trace; the sweeper's escalation continues the raising reading's.
    const raised = { traceparent: row.traceParent ?? undefined };
    await withStoredTrace(raised, () => deps.bus.outbox.add(tx, events));
    return { ...row, ...set };
  };
  return within === undefined ? deps.database.db.transaction(run) : run(within);
}

function columnsOf(events: readonly AlarmEvent[]): Partial<AlarmRow> {
  let set: Partial<AlarmRow> = {};
  for (const e of events) {
    const at = new Date(e.at);
    switch (e.type) {
      case 'alarm.acknowledged':
        set = { ...set, acknowledgedAt: at, acknowledgedBy: e.by };
        break;
      case 'alarm.disposed':
        set = {
          ...set,
          disposedAt: at,
          disposedBy: e.by,
          disposition: e.disposition,
          note: e.note ?? null,
        };
        break;
      case 'alarm.escalated':
        set = {
          ...set,
          escalation: e.tier,
          escalatedAt: at,
          warning: e.tier === 'county-bureau' ? 'red' : 'orange',
        };
        break;
      case 'alarm.closed':
        set = { ...set, closedAt: at };
        break;
    }
  }
  return set;
}
