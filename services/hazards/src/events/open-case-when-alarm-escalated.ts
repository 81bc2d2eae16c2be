// iot.alarm.escalated → one open hazard case per installation (or sensor, when the sensor
// belongs to no installation) and cause (the measured quantity), not one per alarm. An
// escalation of an alarm not projected yet is retried (raised and escalated travel on the
// same stream but may be handled out of order).
import { TransientError } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { iot } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { openCaseFromEvent } from '../app/open-case-from-event.js';
import { findAlarm } from '../db/iot-alarms.js';
import type { Deps, Schema } from '../deps.js';

type Escalated = Static<typeof iot.alarmEscalated.schema>;

/** Consumer spec. */
export function openCaseWhenAlarmEscalated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-open-case-when-alarm-escalated',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.iot.alarm.escalated.*`],
    handler: async (event, { tx, log }) => {
      if (event.type !== 'yiwang.iot.alarm.escalated.v1') return;
      const d = event.data as Escalated;
      const alarm = await findAlarm(tx, d.alarmId);
      if (alarm === undefined) throw new TransientError(`alarm ${d.alarmId} not projected yet`);
      const uscc = alarm.uscc ?? event.enterprise;
      if (uscc === undefined) {
        log.info({ alarmId: d.alarmId }, 'alarm of no enterprise: no hazard case');
        return;
      }
      const where = alarm.installationId ?? `sensor:${alarm.sensorId}`;
      await openCaseFromEvent(
        deps,
        tx,
        event,
        {
          uscc,
          region: alarm.region,
          source: 'iot-alarm',
          sourceRef: d.alarmId,
          category: 'hazardous-materials',
          summary: `IoT ${d.warning} warning: ${alarm.quantity} alarm at ${where} unacknowledged for ${d.unacknowledgedSeconds} s`,
          foundAt: d.escalatedAt,
          photos: [],
        },
        `iot:${where}:${alarm.quantity}`,
      );
    },
  };
}
