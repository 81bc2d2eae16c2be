// Domain → HTTP view mapping (HTTP shapes are not domain types, STYLE.md).
import type { Department } from '../domain/department.js';
import type { Enterprise } from '../domain/enterprise.js';
import type { DeliveryRow } from '../db/deliveries.js';
import type { SubscriptionRow } from '../db/subscriptions.js';

/** `T` with every readonly array and property made mutable (what response schemas infer). */
export type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

/** A JSON copy: drops undefined members, copies readonly arrays (nulls become absent). */
export function plain<T>(value: T): Plain<T> {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v)),
  ) as Plain<T>;
}

const defined = plain;

/** A department without credentials. */
export function departmentView(d: Department) {
  return defined(d);
}

/** An enterprise with its derived high-risk flag. */
export function enterpriseView(e: Enterprise) {
  return defined({ ...e, highRisk: e.highRiskCategory !== 'none' });
}

/** A subscription without its secret. */
export function subscriptionView(s: SubscriptionRow) {
  return defined({
    id: s.id,
    department: s.department,
    url: s.url,
    description: s.description ?? undefined,
    eventTypes: s.eventTypes,
    regions: s.regions,
    status: s.status,
    disabledReason: s.disabledReason ?? undefined,
    consecutiveFailures: s.consecutiveFailures,
    createdAt: s.createdAt.toISOString(),
  });
}

/** A delivery of the log. */
export function deliveryView(d: DeliveryRow) {
  return defined({
    id: d.id,
    channel: d.channel,
    subscriptionId: d.subscriptionId ?? undefined,
    department: d.department,
    eventId: d.eventId,
    eventType: d.eventType,
    kind: d.kind,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : undefined,
    lastStatus: d.lastStatus ?? undefined,
    lastError: d.lastError ?? undefined,
    createdAt: d.createdAt.toISOString(),
    completedAt: d.completedAt?.toISOString(),
  });
}
