-- Raw readings, range-partitioned by day (UTC) so that retention drops whole partitions
-- instead of deleting rows (DOMAIN.md: keep raw readings ≥ 30 days, IOT_RETENTION_DAYS).
-- `sensor` is sensors.num (4 bytes instead of the text id). The primary key makes a repeat
-- of (sensor, ts) a no-op (INSERT … ON CONFLICT DO NOTHING) and serves per-sensor range
-- queries; the BRIN index serves time scans across sensors at almost no write cost.
CREATE TABLE "readings" (
  "sensor" integer NOT NULL,
  "ts" timestamp with time zone NOT NULL,
  "value" double precision NOT NULL,
  "seq" bigint,
  PRIMARY KEY ("sensor", "ts")
) PARTITION BY RANGE ("ts");
--> statement-breakpoint
CREATE INDEX "readings_ts_brin" ON "readings" USING brin ("ts");
--> statement-breakpoint
-- Creates the daily partitions covering [first, last] (idempotent).
CREATE FUNCTION iot_ensure_reading_partitions(first date, last date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  d date := first;
  created integer := 0;
  name text;
BEGIN
  WHILE d <= last LOOP
    name := 'readings_' || to_char(d, 'YYYYMMDD');
    IF to_regclass(name) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I PARTITION OF readings FOR VALUES FROM (%L) TO (%L)',
        name, (d::timestamp AT TIME ZONE 'UTC'), ((d + 1)::timestamp AT TIME ZONE 'UTC'));
      created := created + 1;
    END IF;
    d := d + 1;
  END LOOP;
  RETURN created;
END $$;
--> statement-breakpoint
-- Drops the daily partitions whose whole day is before `cutoff` (retention).
CREATE FUNCTION iot_drop_reading_partitions(cutoff date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  part record;
  dropped integer := 0;
BEGIN
  FOR part IN
    SELECT c.relname FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname = 'readings' AND c.relname ~ '^readings_[0-9]{8}$'
      AND to_date(substring(c.relname from 10), 'YYYYMMDD') < cutoff
  LOOP
    EXECUTE format('DROP TABLE %I', part.relname);
    dropped := dropped + 1;
  END LOOP;
  RETURN dropped;
END $$;
