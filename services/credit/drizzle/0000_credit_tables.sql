CREATE TABLE "checks" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"purpose" text NOT NULL,
	"outcome" text NOT NULL,
	"measure_ids" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"asked_by" text NOT NULL,
	"department" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_measures" (
	"department_id" text PRIMARY KEY NOT NULL,
	"measures" jsonb NOT NULL,
	"source" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_id" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"expires_on" text,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" text NOT NULL,
	"previous_level" integer,
	"level" integer NOT NULL,
	"reason" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_id" text NOT NULL,
	"kind" text NOT NULL,
	"trigger" text NOT NULL,
	"trigger_ref" text NOT NULL,
	"dedup_key" text NOT NULL,
	"fact" text,
	"accident_level" text,
	"occurred_on" text NOT NULL,
	"effective_until" text,
	"summary" text NOT NULL,
	"deciding_department" text NOT NULL,
	"penalty_decision_number" text,
	"evidence_event_id" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"id_hash" text,
	"person_role" text,
	"standardisation" text,
	"rating" integer,
	"rating_reasons" jsonb,
	"rating_review_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bus_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bus_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "bus_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"subject" text NOT NULL,
	"type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"headers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bus_projection_version" (
	"projection" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "bus_projection_version_projection_aggregate_id_pk" PRIMARY KEY("projection","aggregate_id")
);
--> statement-breakpoint
CREATE INDEX "checks_department" ON "checks" USING btree ("department","id");--> statement-breakpoint
CREATE INDEX "checks_uscc" ON "checks" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "listings_subject" ON "listings" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "listings_status" ON "listings" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "listings_expiry" ON "listings" USING btree ("status","expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "listings_one_open" ON "listings" USING btree ("subject_id") WHERE status in ('proposed', 'pending', 'listed', 'removal-applied');--> statement-breakpoint
CREATE INDEX "rating_history_subject" ON "rating_history" USING btree ("subject_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_dedup" ON "records" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "records_subject" ON "records" USING btree ("subject_id","id");--> statement-breakpoint
CREATE INDEX "records_trigger_ref" ON "records" USING btree ("trigger_ref");--> statement-breakpoint
CREATE INDEX "subjects_uscc" ON "subjects" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "subjects_region" ON "subjects" USING btree ("region");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_id_hash" ON "subjects" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "subjects_review" ON "subjects" USING btree ("rating_review_on");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");