import { describe, expect, it } from 'vitest';
import { toJsonSchema, type JsonSchema } from '../compat/snapshot.js';
import { createEvent } from '../create-event.js';
import { openObjectPaths } from '../define-event.js';
import { CONTEXTS, CONTEXT_SERVICES, EVENT_TYPE_PATTERN } from '../envelope.js';
import { InvalidEventError } from '../errors.js';
import { exampleData } from '../example.js';
import { parseEventType } from '../naming.js';
import { catalog } from './index.js';

/** Every event named in ARCHITECTURE.md §1 and DOMAIN.md, as `<context>.<aggregate>.<event>`. */
const EXPECTED: Record<string, string[]> = {
  complaints: [
    'report.received',
    'report.triaged',
    'report.accepted',
    'report.not-accepted',
    'report.assigned',
    'report.verification-extended',
    'report.substantiated',
    'report.unsubstantiated',
    'report.handled',
    'report.feedback-sent',
    'report.closed',
    'report.due-soon',
    'report.overdue',
    'reward.decided',
    'reward.claimed',
    'reward.forfeited',
    'report.conclusion-extended',
    'report.time-limit-due-soon',
    'report.time-limit-overdue',
  ],
  hazards: [
    'hazard.reported',
    'hazard.graded',
    'hazard.double-reported',
    'hazard.plan-submitted',
    'hazard.stop-ordered',
    'hazard.listed',
    'hazard.extension-requested',
    'hazard.extension-decided',
    'hazard.rectified',
    'hazard.assessed',
    'hazard.resumption-applied',
    'hazard.reviewed',
    'hazard.closed',
    'hazard.rejected',
    'hazard.overdue',
    'hazard.enforcement-ordered',
    'installation.registered',
    'installation.graded',
    'installation.reassessment-due',
    'accident.reported',
    'accident.level-revised',
    'accident.concealment-flagged',
    'statistics.filed',
    'hazard.due-soon',
    'hazard.bureau-deadline-missed',
    'hazard.enforcement-lifted',
  ],
  credit: [
    'record.created',
    'listing.proposed',
    'listing.noticed',
    'listing.listed',
    'listing.removed',
    'listing.removed-early',
    'listing.restored',
    'rating.changed',
    'measure.issued',
  ],
  permits: [
    'application.submitted',
    'application.supplement-requested',
    'application.accepted',
    'application.credit-checked',
    'application.reviewed',
    'application.inspected',
    'application.decided',
    'licence.issued',
    'licence.renewal-due',
    'licence.renewed',
    'licence.suspended',
    'licence.reinstated',
    'licence.revoked',
    'licence.cancelled',
    'licence.expired',
    'progress.recorded',
    'application.expert-review-started',
    'application.expert-review-completed',
    'violation.recorded',
  ],
  insurance: [
    'policy.issued',
    'policy.renewed',
    'policy.lapsed',
    'policy.cancelled',
    'compliance.violated',
    'compliance.restored',
    'prevention.finding-reported',
    'claim.recorded',
    'compliance.ended',
  ],
  iot: [
    'alarm.raised',
    'alarm.acknowledged',
    'alarm.escalated',
    'alarm.disposed',
    'alarm.cleared',
    'sensor.offline',
    'sensor.online',
    'sensor.fault-detected',
    'alarm.closed',
    'sensor.fault-cleared',
  ],
  exchange: [
    'enterprise.registered',
    'enterprise.updated',
    'enterprise.closed',
    'enterprise.reopened',
    'gridtask.dispatched',
    'gridtask.updated',
    'gridtask.closed',
    'gridtask.evaluated',
    'gridreport.received',
    'department.registered',
    'department.policy-changed',
    'gridtask.overdue',
    'gridreport.accepted',
    'gridreport.invalidated',
  ],
};

const defs = catalog.all();
const envelopeInput = {
  id: '01959245-c1c0-77bd-8a95-df14e5ebfc55',
  time: '2025-03-14T09:30:00+08:00',
  subject: 'agg-1',
  region: '330502',
  sequence: 1,
};

function walk(schema: JsonSchema, visit: (node: JsonSchema, name: string) => void, name = '') {
  visit(schema, name);
  for (const [key, child] of Object.entries(
    (schema['properties'] ?? {}) as Record<string, JsonSchema>,
  )) {
    walk(child, visit, key);
  }
  if (schema['items']) walk(schema['items'] as JsonSchema, visit, name);
  for (const branch of (schema['anyOf'] ?? []) as JsonSchema[]) walk(branch, visit, name);
}

describe('the catalog', () => {
  it('has every event of every context, and only those', () => {
    for (const context of CONTEXTS) {
      const names = defs
        .filter((d) => d.context === context)
        .map((d) => `${d.aggregate}.${d.event}`)
        .sort();
      expect(names, context).toEqual([...(EXPECTED[context] ?? [])].sort());
    }
    expect(defs).toHaveLength(Object.values(EXPECTED).flat().length);
  });

  it('contains the events other contexts react to (ARCHITECTURE.md §1)', () => {
    for (const type of [
      'yiwang.complaints.report.substantiated.v1',
      'yiwang.hazards.hazard.closed.v1',
      'yiwang.hazards.hazard.overdue.v1',
      'yiwang.hazards.accident.concealment-flagged.v1',
      'yiwang.credit.listing.listed.v1',
      'yiwang.credit.rating.changed.v1',
      'yiwang.permits.licence.suspended.v1',
      'yiwang.insurance.compliance.violated.v1',
      'yiwang.insurance.prevention.finding-reported.v1',
      'yiwang.iot.alarm.escalated.v1',
      'yiwang.exchange.gridreport.received.v1',
      'yiwang.exchange.enterprise.registered.v1',
    ]) {
      expect(catalog.get(type), type).toBeDefined();
    }
  });

  it.each(defs.map((d) => [d.type, d] as const))('%s is well-formed', (_type, def) => {
    expect(def.type).toMatch(new RegExp(EVENT_TYPE_PATTERN));
    const parts = parseEventType(def.type);
    expect(parts).toMatchObject({
      context: def.context,
      aggregate: def.aggregate,
      event: def.event,
      version: def.version,
    });
    expect(def.source).toBe(`/yiwang/${CONTEXT_SERVICES[def.context]}`);
    expect(def.description.length).toBeGreaterThan(10);
    expect(openObjectPaths(def.schema)).toEqual([]);
  });

  it.each(defs.map((d) => [d.type, d] as const))(
    '%s accepts its example, and rejects missing and unknown fields',
    (_type, def) => {
      const data = exampleData(def) as Record<string, unknown>;
      const event = createEvent(def, { ...envelopeInput, data });
      expect(catalog.validate(event)).toEqual({ ok: true, event });

      const required = (toJsonSchema(def.schema)['required'] ?? []) as string[];
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) {
        const { [field]: _dropped, ...rest } = data;
        const result = catalog.validate({ ...event, data: rest });
        expect(result.ok, `${def.type} without ${field}`).toBe(false);
      }
      const leaked = catalog.validate({ ...event, data: { ...data, reporterName: '张三' } });
      expect(leaked).toEqual({ ok: false, errors: ['/data/reporterName: Unexpected property'] });
      expect(() => createEvent(def, { ...envelopeInput, data: { ...data, extra: 1 } })).toThrow(
        InvalidEventError,
      );
    },
  );
});

describe('complaints events keep the reporter anonymous', () => {
  const complaints = defs.filter((d) => d.context === 'complaints');
  const identifying =
    /name|phone|mobile|tel|idcard|idnumber|identity|address|email|wechat|contact|reporter|whistle|employee|tracking|description|text|content|comment|note|detail|location|position|photo/i;

  it.each(complaints.map((d) => [d.type, d] as const))(
    '%s has no identifying field and no free text',
    (_type, def) => {
      walk(toJsonSchema(def.schema), (node, name) => {
        if (name) expect(name, `${def.type} field ${name}`).not.toMatch(identifying);
        if (node['type'] === 'string' && !('const' in node)) {
          // Only ids, codes, dates: every string is constrained by a pattern.
          expect(node['pattern'], `${def.type} field ${name} is free text`).toBeDefined();
        }
      });
    },
  );

  it('reward and feedback events are restricted, none is public', () => {
    for (const def of complaints) {
      expect(def.classification).not.toBe('public');
      if (def.aggregate === 'reward' || def.event === 'feedback-sent') {
        expect(def.classification).toBe('restricted');
      }
    }
  });
});
