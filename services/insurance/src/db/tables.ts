// Tables of the insurance service: projections of other contexts (directory, accidents,
// credit), its own records (rule tables, awards, policies, compliance, prevention, claims).
// schema.ts adds the bus tables.
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const state = () => jsonb('state').$type<Record<string, unknown>>().notNull();

/** Projection of the exchange directory (event-carried state transfer). */
export const enterprises = pgTable(
  'enterprises',
  {
    uscc: text('uscc').primaryKey(),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    highRisk: boolean('high_risk').notNull(),
    region: text('region').notNull(),
    standardisationLevel: text('standardisation_level').notNull(),
    employees: integer('employees'),
    status: text('status').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('enterprises_region').on(t.region)],
);

/** Accident history: hazards' accident reports and accidents implied by claims. */
export const accidents = pgTable(
  'accidents',
  {
    /** The hazards accident id, or `claim:<claim id>` for a claim without one. */
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    level: text('level').notNull(),
    occurredOn: text('occurred_on').notNull(),
    source: text('source').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('accidents_uscc').on(t.uscc, t.occurredOn)],
);

/** Projection of credit's 严重失信 listings of enterprises. */
export const creditListings = pgTable(
  'credit_listings',
  {
    listingId: text('listing_id').primaryKey(),
    uscc: text('uscc').notNull(),
    active: boolean('active').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('credit_listings_uscc').on(t.uscc)],
);

/** Projection of credit ratings (levels 1–4). */
export const creditRatings = pgTable('credit_ratings', {
  uscc: text('uscc').primaryKey(),
  level: integer('level').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Safety awards recorded by the bureau (they lower the premium). */
export const awards = pgTable(
  'awards',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    level: text('level').notNull(),
    title: text('title').notNull(),
    awardedOn: text('awarded_on').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('awards_natural').on(t.uscc, t.level, t.awardedOn)],
);

/** Versions of the premium rule table. */
export const premiumRules = pgTable('premium_rules', {
  version: text('version').primaryKey(),
  effectiveFrom: text('effective_from').notNull(),
  table: jsonb('rule_table').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
});

/** Policies: the domain state as jsonb plus columns to filter on. */
export const policies = pgTable(
  'policies',
  {
    id: text('id').primaryKey(),
    insurer: text('insurer').notNull(),
    policyNumber: text('policy_number').notNull(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    status: text('status').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    state: state(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** W3C traceparent of the request that issued the policy: its lapse continues it. */
    traceParent: text('trace_parent'),
  },
  (t) => [
    uniqueIndex('policies_number').on(t.insurer, t.policyNumber),
    index('policies_uscc').on(t.uscc, t.status),
    index('policies_region').on(t.region, t.id),
    index('policies_insurer').on(t.insurer, t.id),
    index('policies_ending').on(t.status, t.endsOn),
  ],
);

/** Compliance record per enterprise. */
export const compliance = pgTable(
  'compliance',
  {
    uscc: text('uscc').primaryKey(),
    region: text('region').notNull(),
    status: text('status').notNull(),
    state: state(),
    version: integer('version').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('compliance_region').on(t.status, t.region, t.uscc)],
);

/** Prevention plans, one per policy. */
export const preventionPlans = pgTable('prevention_plans', {
  policyId: text('policy_id').primaryKey(),
  insurer: text('insurer').notNull(),
  state: state(),
  updatedAt: ts('updated_at').notNull(),
});

/** Prevention visits with their findings. */
export const preventionVisits = pgTable(
  'prevention_visits',
  {
    id: text('id').primaryKey(),
    insurer: text('insurer').notNull(),
    visitNumber: text('visit_number').notNull(),
    policyId: text('policy_id').notNull(),
    uscc: text('uscc').notNull(),
    visitedOn: text('visited_on').notNull(),
    costFen: bigint('cost_fen', { mode: 'number' }).notNull(),
    findings: integer('findings').notNull(),
    state: state(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('prevention_visits_number').on(t.insurer, t.visitNumber),
    index('prevention_visits_policy').on(t.policyId),
  ],
);

/** Claims under policies. */
export const claims = pgTable(
  'claims',
  {
    id: text('id').primaryKey(),
    insurer: text('insurer').notNull(),
    claimNumber: text('claim_number').notNull(),
    policyId: text('policy_id').notNull(),
    uscc: text('uscc').notNull(),
    occurredOn: text('occurred_on').notNull(),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull(),
    state: state(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('claims_number').on(t.insurer, t.claimNumber),
    index('claims_policy').on(t.policyId),
  ],
);
