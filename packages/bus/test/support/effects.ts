import { sql } from 'drizzle-orm';
import type { EventHandler } from '../../src/index.js';

/**
 * A deliberately non-idempotent handler: `n = n + 1` per application and one `applied` row,
 * so a double application shows up as a count above one (the inbox is what prevents it).
 */
export function countingHandler(consumer: string): EventHandler<Record<string, never>> {
  return async (event, { tx }) => {
    await tx.execute(sql`
      insert into effects (aggregate, n) values (${event.subject}, 1)
      on conflict (aggregate) do update set n = effects.n + 1`);
    await tx.execute(sql`
      insert into applied (event_id, aggregate, sequence, consumer)
      values (${event.id}, ${event.subject}, ${event.sequence}, ${consumer})`);
  };
}
