// The relay's SQL. Positions are (txid, seq) pairs: the writing transaction's xid8 and the
// row's bigserial, compared as a row value, which the `bus_outbox_position` index serves.

/** The state row's name: one relay per database. */
export const CURSOR_NAME = 'outbox';

/** The relay's position; `0/0` (before every row) when it has never published. */
export const SELECT_CURSOR = `
  select coalesce((select txid::text from bus_relay_state where name = '${CURSOR_NAME}'), '0') as txid,
         coalesce((select seq::text from bus_relay_state where name = '${CURSOR_NAME}'), '0') as seq`;

/** Creates the state row of a database whose relay never ran; a new publisher starts busy. */
export const CLAIM_STATE = `
  insert into bus_relay_state (name, txid, seq, listening) values ('${CURSOR_NAME}', '0', 0, false)
  on conflict (name) do update set listening = false, updated_at = now()`;

/** Tells writers whether to NOTIFY: only while the relay is idle and listening for it. */
export const SET_LISTENING = `
  update bus_relay_state set listening = $1, updated_at = now() where name = '${CURSOR_NAME}'`;

/**
 * Whether committed rows wait behind the position that are not readable yet: an older
 * transaction (of any database of the cluster, since xids are cluster-wide) is still open. Its
 * commit may send no NOTIFY, so the relay polls briefly instead of sleeping.
 */
export const HELD_BACK = `
  select exists (select 1 from bus_outbox where (txid, seq) > ($1::xid8, $2::bigint)) as held`;

/**
 * Moves the cursor forward to `($1, $2)`, never back: a deposed publisher's late write (its
 * session ended while a batch was in flight) cannot rewind the new publisher's position.
 */
export const ADVANCE_CURSOR = `
  insert into bus_relay_state as c (name, txid, seq) values ('${CURSOR_NAME}', $1::xid8, $2::bigint)
  on conflict (name) do update set txid = excluded.txid, seq = excluded.seq, updated_at = now()
   where (c.txid, c.seq) < (excluded.txid, excluded.seq)`;

/**
 * Rows after a (txid, seq) position, in commit order. The columns are qualified because ORDER
 * BY would otherwise sort by the output columns of the same names: text, where '10' < '9'. A row is readable only once every
 * transaction older than its own has ended (`txid < xmin` of the current snapshot): an open
 * transaction with a lower txid holds back later rows until it commits or rolls back, so no row
 * can ever appear behind a position read this way, nothing is skipped, and per-aggregate order
 * (transactions that wrote the same aggregate row got their xids in lock order) holds.
 */
export const SELECT_AFTER = `
  select o.id, o.subject, o.payload::text as body, o.headers,
         o.txid::text as txid, o.seq::text as seq
    from bus_outbox o
   where o.txid < (select pg_snapshot_xmin(pg_current_snapshot()))
     and (o.txid, o.seq) > ($2::xid8, $3::bigint)
   order by o.txid, o.seq
   limit $1`;

/** A sent row is one at or before the cursor. */
const SENT = `(o.txid, o.seq) <= (select c.txid, c.seq from bus_relay_state c where c.name = '${CURSOR_NAME}')`;

/** Deletes up to 10 000 sent rows older than the retention (ms) per call. */
export const DELETE_EXPIRED = `
  delete from bus_outbox
   where id in (select o.id from bus_outbox o
                 where o.created_at < now() - make_interval(secs => $1::double precision / 1000)
                   and ${SENT}
                 limit 10000)`;

/** Deletes up to 10 000 inbox rows older than the inbox retention (ms) per call. */
export const DELETE_EXPIRED_INBOX = `
  delete from bus_inbox
   where (consumer, event_id) in (
         select consumer, event_id from bus_inbox
          where processed_at < now() - make_interval(secs => $1::double precision / 1000)
          limit 10000)`;

/** Sent rows created in [from, to), in commit order after a (txid, seq) position. */
export const SELECT_RANGE = `
  select o.id, o.subject, o.payload::text as body, o.headers,
         o.txid::text as txid, o.seq::text as seq
    from bus_outbox o
   where o.created_at >= $1 and o.created_at < $2
     and ${SENT}
     and (o.txid, o.seq) > ($3::xid8, $4::bigint)
   order by o.txid, o.seq
   limit $5`;

/** Session advisory lock that makes one relay per database the publisher. */
export const TRY_LOCK = `select pg_try_advisory_lock(hashtextextended('yiwang.bus.relay', 0)) as ok`;

/** Releases the publisher lock. */
export const UNLOCK = `select pg_advisory_unlock(hashtextextended('yiwang.bus.relay', 0))`;

/** Rows after the cursor (committed or not) and the age of the oldest one (outbox lag). */
export const LAG = `
  with c as (${SELECT_CURSOR})
  select count(*)::int as pending,
         coalesce(extract(epoch from now() - min(o.created_at)) * 1000, 0)::float8 as oldest_ms
    from bus_outbox o, c
   where (o.txid, o.seq) > (c.txid::xid8, c.seq::bigint)`;
