// Renders the departments' NATS accounts from the database (route and CLI share it).
import { renderNatsAccounts } from '../domain/nats-config.js';
import { businessDate } from '../domain/time.js';
import { allDepartments } from '../db/departments.js';
import type { Executor } from '../db/types.js';

/** The config text for the departments as they are now. */
export async function natsDepartmentsConfig(db: Executor, prefix: string, now: Date) {
  return renderNatsAccounts(await allDepartments(db), {
    sharePrefix: `${prefix}_share`,
    publisherPasswordVar: 'NATS_EXCHANGE_SHARE_PASSWORD',
    today: businessDate(now),
  });
}
