// Queries of the IoT alarm projection.
import { eq } from 'drizzle-orm';
import { iotAlarms } from './tables.js';
import type { Executor } from './types.js';

/** One projected alarm. */
export type AlarmRow = typeof iotAlarms.$inferSelect;

/** Records a raised alarm (idempotent). */
export async function saveAlarm(db: Executor, row: AlarmRow): Promise<void> {
  await db.insert(iotAlarms).values(row).onConflictDoNothing();
}

/** One alarm, or undefined. */
export async function findAlarm(db: Executor, alarmId: string): Promise<AlarmRow | undefined> {
  const [row] = await db.select().from(iotAlarms).where(eq(iotAlarms.alarmId, alarmId));
  return row;
}
