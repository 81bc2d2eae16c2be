// Departments: rows ↔ domain, and the queries the use cases need.
import { asc, eq, gt } from 'drizzle-orm';
import type { Channel, Department, DepartmentKind } from '../domain/department.js';
import type { SharingPolicy } from '../domain/policy.js';
import { departments } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof departments.$inferSelect;

/** A department row as a domain object. */
export function toDepartment(row: Row): Department {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as DepartmentKind,
    channels: row.channels as Channel[],
    contact: row.contact ?? undefined,
    policy: row.policy as unknown as SharingPolicy,
    natsNkey: row.natsNkey ?? undefined,
    version: row.version,
    registeredAt: row.registeredAt.toISOString(),
  };
}

/** Loads a department, locking its row when `forUpdate`. */
export async function loadDepartment(ex: Executor, code: string, forUpdate = false) {
  const query = ex.select().from(departments).where(eq(departments.code, code));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row === undefined ? undefined : { department: toDepartment(row), row };
}

/** Inserts a newly registered department with its API key. */
export async function insertDepartment(
  ex: Executor,
  d: Department,
  key: { id: string; hash: string },
  at: Date,
) {
  await ex.insert(departments).values({
    code: d.code,
    name: d.name,
    kind: d.kind,
    channels: [...d.channels],
    contact: d.contact ?? null,
    policy: d.policy as unknown as Record<string, unknown>,
    apiKeyId: key.id,
    apiKeyHash: key.hash,
    version: d.version,
    registeredAt: at,
    updatedAt: at,
  });
}

/** Updates mutable columns of a department. */
export async function updateDepartment(
  ex: Executor,
  code: string,
  values: Partial<typeof departments.$inferInsert>,
) {
  await ex.update(departments).set(values).where(eq(departments.code, code));
}

/** A page of departments ordered by code, after `afterCode`. */
export async function listDepartments(ex: Executor, afterCode: string | undefined, limit: number) {
  const rows = await ex
    .select()
    .from(departments)
    .where(afterCode === undefined ? undefined : gt(departments.code, afterCode))
    .orderBy(asc(departments.code))
    .limit(limit + 1);
  return rows;
}

/** Every department (the fan-out and the NATS config read them all; there are tens). */
export async function allDepartments(ex: Executor): Promise<Department[]> {
  const rows = await ex.select().from(departments).orderBy(asc(departments.code));
  return rows.map(toDepartment);
}

/** The department an API key id belongs to. */
export async function departmentByKeyId(ex: Executor, keyId: string) {
  const [row] = await ex.select().from(departments).where(eq(departments.apiKeyId, keyId));
  return row;
}
