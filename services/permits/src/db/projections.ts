// Writes of the projections of other contexts. Each fact keeps the sequence of the last event
// that set it and of the last that cleared it (greatest wins), so redelivered or reordered
// events of one aggregate never resurrect an old state.
import { sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { accidents, compliance, creditListings, hazards, policies } from './tables.js';
import type { Executor } from './types.js';

const greatest = (column: PgColumn) =>
  sql`greatest(${column}, excluded.${sql.identifier(column.name)})`;
const keep = (column: PgColumn) =>
  sql`coalesce(excluded.${sql.identifier(column.name)}, ${column})`;

/** A credit listing was listed/restored (`set`) or removed (`clear`) at `seq`. */
export async function projectListing(
  db: Executor,
  row: {
    listingId: string;
    uscc: string | null;
    decisionNumber: string | null;
    seq: number;
    set: boolean;
    at: Date;
  },
): Promise<void> {
  const t = creditListings;
  await db
    .insert(t)
    .values({
      listingId: row.listingId,
      uscc: row.uscc,
      decisionNumber: row.decisionNumber,
      listedSeq: row.set ? row.seq : 0,
      removedSeq: row.set ? 0 : row.seq,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: t.listingId,
      set: {
        uscc: keep(t.uscc),
        decisionNumber: keep(t.decisionNumber),
        listedSeq: greatest(t.listedSeq),
        removedSeq: greatest(t.removedSeq),
        updatedAt: row.at,
      },
    });
}

/** A policy was issued/renewed (`set`, with its period) or lapsed/cancelled (`clear`). */
export async function projectPolicy(
  db: Executor,
  row: {
    policyId: string;
    uscc: string | null;
    startsOn: string | null;
    endsOn: string | null;
    seq: number;
    set: boolean;
    at: Date;
  },
): Promise<void> {
  const t = policies;
  await db
    .insert(t)
    .values({
      policyId: row.policyId,
      uscc: row.uscc,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      liveSeq: row.set ? row.seq : 0,
      endedSeq: row.set ? 0 : row.seq,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: t.policyId,
      set: {
        uscc: keep(t.uscc),
        startsOn: keep(t.startsOn),
        endsOn: keep(t.endsOn),
        liveSeq: greatest(t.liveSeq),
        endedSeq: greatest(t.endedSeq),
        updatedAt: row.at,
      },
    });
}

/** A compliance case was opened (`set`: violated) or ended (`clear`: restored, ended). */
export async function projectCompliance(
  db: Executor,
  row: { complianceId: string; uscc: string | null; seq: number; set: boolean; at: Date },
): Promise<void> {
  const t = compliance;
  await db
    .insert(t)
    .values({
      complianceId: row.complianceId,
      uscc: row.uscc,
      violatedSeq: row.set ? row.seq : 0,
      clearedSeq: row.set ? 0 : row.seq,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: t.complianceId,
      set: {
        uscc: keep(t.uscc),
        violatedSeq: greatest(t.violatedSeq),
        clearedSeq: greatest(t.clearedSeq),
        updatedAt: row.at,
      },
    });
}

/** What a hazard event says: major/listed are facts that only become true. */
export async function projectHazard(
  db: Executor,
  row: {
    hazardId: string;
    uscc: string | null;
    major?: boolean;
    listed?: boolean;
    overdueSeq?: number;
    clearedSeq?: number;
    at: Date;
  },
): Promise<void> {
  const t = hazards;
  await db
    .insert(t)
    .values({
      hazardId: row.hazardId,
      uscc: row.uscc,
      major: row.major ?? false,
      listed: row.listed ?? false,
      overdueSeq: row.overdueSeq ?? 0,
      clearedSeq: row.clearedSeq ?? 0,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: t.hazardId,
      set: {
        uscc: keep(t.uscc),
        major: sql`${t.major} or excluded.major`,
        listed: sql`${t.listed} or excluded.listed`,
        overdueSeq: greatest(t.overdueSeq),
        clearedSeq: greatest(t.clearedSeq),
        updatedAt: row.at,
      },
    });
}

/** An accident's figures at `seq` (the latest revision wins). */
export async function projectAccident(
  db: Executor,
  row: {
    accidentId: string;
    uscc: string | null;
    occurredAt: Date | null;
    deaths: number;
    seq: number;
    at: Date;
  },
): Promise<void> {
  const t = accidents;
  await db
    .insert(t)
    .values({
      accidentId: row.accidentId,
      uscc: row.uscc,
      occurredAt: row.occurredAt,
      deaths: row.deaths,
      figuresSeq: row.seq,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: t.accidentId,
      set: {
        uscc: keep(t.uscc),
        occurredAt: keep(t.occurredAt),
        deaths: sql`case when excluded.figures_seq > ${t.figuresSeq} then excluded.deaths else ${t.deaths} end`,
        figuresSeq: greatest(t.figuresSeq),
        updatedAt: row.at,
      },
    });
}
