// iot.alarm.raised → the local alarm projection, so that an escalation (which carries only
// the alarm id) can be traced to its installation (or sensor) and measured quantity.
import type { Static } from '@sinclair/typebox';
import type { iot } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { saveAlarm } from '../db/iot-alarms.js';
import type { Deps, Schema } from '../deps.js';

type Raised = Static<typeof iot.alarmRaised.schema>;

/** Consumer spec. */
export function projectAlarms(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-project-alarms',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.iot.alarm.raised.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.iot.alarm.raised.v1') return;
      const d = event.data as Raised;
      await saveAlarm(tx, {
        alarmId: d.alarmId,
        uscc: event.enterprise ?? null,
        region: event.region,
        sensorId: d.sensorId,
        installationId: d.installationId ?? null,
        quantity: d.quantity,
        raisedAt: new Date(d.raisedAt),
      });
    },
  };
}
