import { randomBytes } from 'node:crypto';

/**
 * A unique lower-case token such as `t_outbox_3f9a1c2b`, valid in NATS subjects, stream names
 * (upper-cased) and PostgreSQL identifiers, so test files running in parallel never meet.
 */
export function uniquePrefix(label = 'test'): string {
  const clean = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 20);
  return `t_${clean}_${randomBytes(4).toString('hex')}`;
}
