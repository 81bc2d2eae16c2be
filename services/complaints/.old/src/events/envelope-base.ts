import type { CreateEventInput } from '@yiwang/contracts';
import type { Report } from '../domain/report/state.js';

/** The envelope of an event without its data. */
export type Base = Omit<CreateEventInput<unknown>, 'data'>;

/** Envelope fields of one event: its id, the report after it, correlation. */
export interface EventEnvelope {
  readonly id: string;
  readonly after: Report;
  readonly correlation?: { correlationid: string; causationid: string } | undefined;
}

/** The envelope of a report event: subject = report id, sequence = the report's version. */
export function reportBase(env: EventEnvelope, time: string): Base {
  const r = env.after;
  return {
    id: env.id,
    time,
    subject: r.id,
    region: r.place.region,
    sequence: r.version,
    ...(r.enterprise.uscc === undefined ? {} : { enterprise: r.enterprise.uscc }),
    ...env.correlation,
  };
}

/** `{ key: value }` when value is defined, else `{}`: optional event fields. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
