import type { Context } from '@yiwang/contracts';
import { BusConfigError } from '../errors.js';
import type { BusNames } from '../naming.js';

/** The filter subjects of one durable consumer on one context stream. */
export interface StreamFilters {
  context: Context;
  stream: string;
  filters: string[];
}

/**
 * Splits a consumer's filter subjects by context stream. A filter names its context in the
 * second token; a wildcard there (`yiwang.*.*.*.330521`, a district's grid centre) stands for
 * every context and becomes one filter per stream, because a JetStream consumer reads one stream.
 * @throws {BusConfigError} when a filter is outside the prefix or names an unknown context.
 */
export function filtersByStream(
  names: BusNames,
  filterSubjects: readonly string[],
): StreamFilters[] {
  const byContext = new Map<Context, Set<string>>();
  for (const filter of filterSubjects) {
    const [head, context, ...rest] = filter.split('.');
    if (head !== names.prefix || context === undefined) {
      throw new BusConfigError(`Filter "${filter}" must start with "${names.prefix}.<context>"`);
    }
    const contexts = context === '*' || context === '>' ? names.contexts : [context];
    for (const c of contexts) {
      const known = names.contexts.find((k) => k === c);
      if (!known) throw new BusConfigError(`Filter "${filter}" names no known context`);
      const tail = context === '>' ? ['>'] : rest;
      const set = byContext.get(known) ?? new Set<string>();
      set.add([head, known, ...tail].join('.'));
      byContext.set(known, set);
    }
  }
  return [...byContext].map(([context, set]) => ({
    context,
    stream: names.stream(context),
    filters: [...set],
  }));
}

/** True when `subject` matches the NATS `filter` (`*` one token, `>` one or more). */
export function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split('.');
  const s = subject.split('.');
  for (let i = 0; i < f.length; i += 1) {
    if (f[i] === '>') return s.length > i;
    if (i >= s.length || (f[i] !== '*' && f[i] !== s[i])) return false;
  }
  return f.length === s.length;
}

/** The subject filter of every version of an event type: `<prefix>.<context>.<agg>.<event>.*`. */
export function typeFilter(type: string, prefix = 'yiwang'): string {
  const [, context, aggregate, event] = type.split('.');
  return `${prefix}.${context}.${aggregate}.${event}.*`;
}
