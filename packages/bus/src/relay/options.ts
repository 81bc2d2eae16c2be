import type pg from 'pg';
import type { BusConnection } from '../connection.js';
import { BusConfigError } from '../errors.js';
import { silentLogger, type BusLogger } from '../logger.js';

/** Options of `createRelay`. */
export interface RelayOptions {
  /** The service's pool; the relay holds one of its connections while it runs. */
  pool: pg.Pool;
  /** The NATS connection (see `connectNats`). */
  nats: Pick<BusConnection, 'js' | 'isConnected'>;
  /** Rows per batch, default 500. */
  batchSize?: number;
  /** Poll interval when no NOTIFY arrives (and standby re-check), default 1000 ms. */
  pollIntervalMs?: number;
  /** Poll interval while committed rows wait for an older open transaction, default 5 ms. */
  heldBackPollMs?: number;
  /** How long sent rows stay for replay, default 7 days. */
  retentionMs?: number;
  /**
   * How long inbox rows stay, default 30 days. Keep it longer than the outbox retention of every
   * producer this service consumes: a replayed event older than its inbox row is applied again.
   */
  inboxRetentionMs?: number;
  /** How often expired outbox and inbox rows are deleted, default every 60 s. */
  retentionIntervalMs?: number;
  /** PubAck timeout, default 5000 ms. */
  publishTimeoutMs?: number;
  /** Longest wait between retries while NATS or PostgreSQL fail, default 5000 ms. */
  maxBackoffMs?: number;
  logger?: BusLogger;
}

/** Relay options with every default filled in. */
export type RelaySettings = Required<RelayOptions>;

/** Fills in defaults. @throws {BusConfigError} on out-of-range values. */
export function relaySettings(options: RelayOptions): RelaySettings {
  const o = {
    ...options,
    batchSize: options.batchSize ?? 500,
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    heldBackPollMs: options.heldBackPollMs ?? 5,
    retentionMs: options.retentionMs ?? 7 * 24 * 3_600_000,
    inboxRetentionMs: options.inboxRetentionMs ?? 30 * 24 * 3_600_000,
    retentionIntervalMs: options.retentionIntervalMs ?? 60_000,
    publishTimeoutMs: options.publishTimeoutMs ?? 5_000,
    maxBackoffMs: options.maxBackoffMs ?? 5_000,
    logger: options.logger ?? silentLogger,
  };
  if (!(
    o.batchSize >= 1 &&
    o.pollIntervalMs >= 1 &&
    o.heldBackPollMs >= 1 &&
    o.retentionMs >= 0 &&
    o.inboxRetentionMs >= 0
  )) {
    throw new BusConfigError(
      'Relay batchSize, pollIntervalMs and heldBackPollMs must be ≥ 1, retentions ≥ 0',
    );
  }
  return o;
}
