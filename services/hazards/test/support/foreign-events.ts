// Events of other contexts that open hazard cases, as their relays would publish them.
import {
  complaints,
  createEvent,
  exchange,
  insurance,
  iot,
  newEventId,
  type CloudEvent,
} from '@yiwang/contracts';

const now = () => new Date().toISOString();
const envelope = (subject: string, enterprise: string | undefined, sequence = 1) => ({
  id: newEventId(),
  time: now(),
  subject,
  region: '330502',
  sequence,
  ...(enterprise === undefined ? {} : { enterprise }),
});

/** `complaints.report.substantiated` of a hazard finding (or a concealed accident). */
export function reportSubstantiated(
  reportId: string,
  uscc: string,
  concealed?: { deaths: number },
): CloudEvent {
  return createEvent(complaints.reportSubstantiated, {
    ...envelope(reportId, uscc, 5),
    data: {
      reportId,
      enterprise: uscc,
      region: '330502',
      scope: 'major-hazard',
      summaryCode: 'HC-012',
      industry: 'hazardous-chemicals',
      severity: 'major',
      finding: concealed === undefined ? 'major-hazard' : 'concealed-accident',
      ...(concealed === undefined
        ? {}
        : { concealedDeaths: concealed.deaths, accidentLevel: 'larger' }),
      alreadyKnown: false,
      verifiedAt: now(),
      verifiedBy: 'inspector-3',
    } as never,
  });
}

/** `exchange.gridreport.received` (safety hazard), optionally answering a case's task. */
export function gridReport(
  reportId: string,
  uscc: string | undefined,
  links: { taskId?: string; hazardId?: string } = {},
): CloudEvent {
  return createEvent(exchange.gridreportReceived, {
    ...envelope(reportId, uscc),
    data: {
      reportId,
      gridCellId: 'cell-1',
      ...links,
      worker: 'worker-1',
      category: 'safety-hazard',
      summary: 'Fire exit blocked by pallets',
      position: { lat: 30.87, lng: 120.09 },
      photos: ['photo-g1'],
      reportedAt: now(),
      receivedAt: now(),
    } as never,
  });
}

/** `exchange.gridreport.invalidated` of report `reportId` (triage found it a duplicate). */
export function gridReportInvalidated(reportId: string, hazardId?: string): CloudEvent {
  return createEvent(exchange.gridreportInvalidated, {
    ...envelope(reportId, undefined, 2),
    data: {
      reportId,
      gridCellId: 'cell-1',
      reason: 'duplicate',
      note: 'Same exit reported yesterday',
      ...(hazardId === undefined ? {} : { hazardId }),
      invalidatedBy: 'grid-staff-2',
      invalidatedAt: now(),
    },
  });
}

/** `iot.alarm.raised` at an installation. */
export function alarmRaised(
  alarmId: string,
  uscc: string,
  installationId: string,
  quantity = 'toxic-gas',
): CloudEvent {
  return createEvent(iot.alarmRaised, {
    ...envelope(alarmId, uscc),
    data: {
      alarmId,
      sensorId: `s-${installationId}`,
      installationId,
      quantity,
      level: 'level-2',
      value: 210,
      threshold: 200,
      unit: 'percent-oel',
      warning: 'orange',
      raisedAt: now(),
    } as never,
  });
}

/** `iot.alarm.escalated`. */
export function alarmEscalated(alarmId: string, uscc: string): CloudEvent {
  return createEvent(iot.alarmEscalated, {
    ...envelope(alarmId, uscc, 3),
    data: {
      alarmId,
      tier: 'county-bureau',
      unacknowledgedSeconds: 1800,
      warning: 'orange',
      escalatedAt: now(),
    },
  });
}

/** `insurance.prevention.finding-reported`. */
export function preventionFinding(findingId: string, uscc: string, insurer: string): CloudEvent {
  return createEvent(insurance.preventionFindingReported, {
    ...envelope(findingId, uscc),
    data: {
      findingId,
      visitId: 'visit-1',
      policyId: 'pol-1',
      insurer,
      visitedOn: '2026-03-01',
      suggestedLevel: 'general',
      summary: 'Unguarded belt conveyor',
      photos: ['photo-i1'],
      reportedAt: now(),
    } as never,
  });
}
