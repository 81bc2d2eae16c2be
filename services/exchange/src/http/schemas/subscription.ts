// HTTP shapes of webhook subscriptions and the delivery log.
import { Type } from '@sinclair/typebox';
import { Enum, Obj, PageQuery, Region, Timestamp } from './common.js';

/** Body of POST …/subscriptions. */
export const SubscriptionBody = Obj({
  url: Type.String({ minLength: 8, maxLength: 2000 }),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  eventTypes: Type.Array(Type.String({ minLength: 3, maxLength: 120 }), {
    maxItems: 100,
    default: [],
    description: 'exact types or patterns; empty: everything the policy allows',
  }),
  regions: Type.Array(Region, {
    maxItems: 50,
    default: [],
    description: 'empty: all the policy regions',
  }),
});

/** A subscription as shown (never its secret, except once at creation). */
export const SubscriptionView = Obj({
  id: Type.String(),
  department: Type.String(),
  url: Type.String(),
  description: Type.Optional(Type.String()),
  eventTypes: Type.Array(Type.String()),
  regions: Type.Array(Type.String()),
  status: Type.String(),
  disabledReason: Type.Optional(Type.String()),
  consecutiveFailures: Type.Integer(),
  createdAt: Type.String(),
});

/** Creation response: the secret is shown this once. */
export const CreatedSubscription = Obj({
  id: Type.String(),
  department: Type.String(),
  url: Type.String(),
  secret: Type.String({ description: 'whsec_… signing secret, shown once' }),
  createdAt: Type.String(),
});

/** One attempt of a delivery. */
export const AttemptView = Obj({
  attemptedAt: Type.String(),
  ok: Type.Boolean(),
  statusCode: Type.Optional(Type.Integer()),
  error: Type.Optional(Type.String()),
  durationMs: Type.Integer(),
});

/** A delivery in the log. */
export const DeliveryView = Obj({
  id: Type.String(),
  channel: Type.String(),
  subscriptionId: Type.Optional(Type.String()),
  department: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  nextAttemptAt: Type.Optional(Type.String()),
  lastStatus: Type.Optional(Type.Integer()),
  lastError: Type.Optional(Type.String()),
  createdAt: Type.String(),
  completedAt: Type.Optional(Type.String()),
  attemptLog: Type.Optional(Type.Array(AttemptView)),
});

/** Filters of the delivery log. */
export const DeliveryQuery = Obj({
  ...PageQuery,
  status: Type.Optional(Enum(['pending', 'succeeded', 'failed', 'cancelled'])),
});

/** Body of POST …/replay. */
export const ReplayBody = Obj({ since: Timestamp });
