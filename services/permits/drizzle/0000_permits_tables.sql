CREATE TABLE "accidents" (
	"accident_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"occurred_at" timestamp with time zone,
	"deaths" integer DEFAULT 0 NOT NULL,
	"figures_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"licence_type" text NOT NULL,
	"status" text NOT NULL,
	"client_key" text,
	"notice_due_by" text,
	"decision_due_by" text,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance" (
	"compliance_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"violated_seq" integer DEFAULT 0 NOT NULL,
	"cleared_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_listings" (
	"listing_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"decision_number" text,
	"listed_seq" integer DEFAULT 0 NOT NULL,
	"removed_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"high_risk" boolean NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazards" (
	"hazard_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"major" boolean DEFAULT false NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"overdue_seq" integer DEFAULT 0 NOT NULL,
	"cleared_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"valid_until" text NOT NULL,
	"renewal_due_for" text,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"policy_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"starts_on" text,
	"ends_on" text,
	"live_seq" integer DEFAULT 0 NOT NULL,
	"ended_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress" (
	"application_id" text NOT NULL,
	"seq" integer NOT NULL,
	"step" text NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"next_deadline" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "progress_application_id_seq_pk" PRIMARY KEY("application_id","seq")
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"kind" text NOT NULL,
	"licence_id" text,
	"summary" text NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"client_key" text,
	"created_at" timestamp with time zone NOT NULL
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
CREATE INDEX "accidents_uscc" ON "accidents" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_number" ON "applications" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_client_key" ON "applications" USING btree ("uscc","client_key");--> statement-breakpoint
CREATE INDEX "applications_uscc" ON "applications" USING btree ("uscc","id");--> statement-breakpoint
CREATE INDEX "applications_region" ON "applications" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "applications_notice" ON "applications" USING btree ("status","notice_due_by");--> statement-breakpoint
CREATE INDEX "compliance_uscc" ON "compliance" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "credit_listings_uscc" ON "credit_listings" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "hazards_uscc" ON "hazards" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "licences_number" ON "licences" USING btree ("number");--> statement-breakpoint
CREATE INDEX "licences_uscc" ON "licences" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "licences_region" ON "licences" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "licences_expiry" ON "licences" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "policies_uscc" ON "policies" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "violations_uscc" ON "violations" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "violations_client_key" ON "violations" USING btree ("recorded_by","client_key");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");