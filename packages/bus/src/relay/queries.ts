/**
 * Unsent rows in commit order. A row is readable only once every transaction older than its
 * own has ended (`txid < xmin` of the current snapshot): an open transaction with a lower txid
 * holds back later rows until it commits or rolls back, so nothing is skipped and per-aggregate
 * order (transactions that wrote the same aggregate row got their xids in lock order) holds.
 * `$2, $3` is a (txid, seq) cursor: the last row already handed to the publisher.
 */
export const SELECT_UNSENT = `
  select id, subject, payload::text as body, headers, txid::text as txid, seq::text as seq
    from bus_outbox
   where sent_at is null
     and txid < (select pg_snapshot_xmin(pg_current_snapshot()))
     and (txid, seq) > ($2::xid8, $3::bigint)
   order by txid, seq
   limit $1`;

/** Marks published rows; they stay for replay until the retention deletes them. */
export const MARK_SENT = `update bus_outbox set sent_at = now() where id = any($1::uuid[])`;

/** Deletes up to 10 000 sent rows older than the retention (ms) per call. */
export const DELETE_EXPIRED = `
  delete from bus_outbox
   where id in (select id from bus_outbox
                 where sent_at is not null
                   and created_at < now() - make_interval(secs => $1::double precision / 1000)
                 limit 10000)`;

/** Sent rows created in [from, to), in commit order after a (txid, seq) cursor. */
export const SELECT_RANGE = `
  select id, subject, payload::text as body, headers, txid::text as txid, seq::text as seq
    from bus_outbox
   where sent_at is not null
     and created_at >= $1 and created_at < $2
     and (txid, seq) > ($3::xid8, $4::bigint)
   order by txid, seq
   limit $5`;

/** Session advisory lock that makes one relay per database the publisher. */
export const TRY_LOCK = `select pg_try_advisory_lock(hashtextextended('yiwang.bus.relay', 0)) as ok`;

/** Releases the publisher lock. */
export const UNLOCK = `select pg_advisory_unlock(hashtextextended('yiwang.bus.relay', 0))`;

/** Unsent rows and the age of the oldest one (outbox lag). */
export const LAG = `
  select count(*)::int as pending,
         coalesce(extract(epoch from now() - min(created_at)) * 1000, 0)::float8 as oldest_ms
    from bus_outbox where sent_at is null`;
