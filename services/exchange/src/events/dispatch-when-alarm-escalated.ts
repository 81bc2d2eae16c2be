// An IoT alarm nobody acknowledged in time becomes an on-site check for the grid cell of the
// enterprise (once per alarm, whichever escalation tier comes first).
import type { ConsumerSpec } from '@yiwang/service-kit';
import { dispatchGridTask } from '../app/dispatch-grid-task.js';
import type { Deps, Schema } from '../deps.js';

/** Consumer spec: `iot.alarm.escalated` → `exchange.gridtask.dispatched`. */
export function dispatchWhenAlarmEscalated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'exchange-dispatch-when-alarm-escalated',
    filterSubjects: [`${deps.config.EXCHANGE_BUS_PREFIX}.iot.alarm.escalated.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.iot.alarm.escalated.v1') return;
      const data = event.data as { alarmId: string; tier: string; warning: string };
      await dispatchGridTask(deps, tx, event, {
        origin: 'iot-alarm',
        originType: event.type,
        originRef: data.alarmId,
        category: 'alarm-check',
        summary: `Alarm ${data.alarmId} (${data.warning}) was not acknowledged; escalated to ${data.tier}.`,
        slaHours: deps.config.EXCHANGE_GRID_ALARM_SLA_HOURS,
      });
    },
  };
}
