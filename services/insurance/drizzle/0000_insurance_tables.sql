CREATE TABLE "accidents" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"level" text NOT NULL,
	"occurred_on" text NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"awarded_on" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"insurer" text NOT NULL,
	"claim_number" text NOT NULL,
	"policy_id" text NOT NULL,
	"uscc" text NOT NULL,
	"occurred_on" text NOT NULL,
	"paid_fen" bigint NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance" (
	"uscc" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_listings" (
	"listing_id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"active" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_ratings" (
	"uscc" text PRIMARY KEY NOT NULL,
	"level" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"high_risk" boolean NOT NULL,
	"region" text NOT NULL,
	"standardisation_level" text NOT NULL,
	"employees" integer,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" text PRIMARY KEY NOT NULL,
	"insurer" text NOT NULL,
	"policy_number" text NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premium_rules" (
	"version" text PRIMARY KEY NOT NULL,
	"effective_from" text NOT NULL,
	"rule_table" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_plans" (
	"policy_id" text PRIMARY KEY NOT NULL,
	"insurer" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"insurer" text NOT NULL,
	"visit_number" text NOT NULL,
	"policy_id" text NOT NULL,
	"uscc" text NOT NULL,
	"visited_on" text NOT NULL,
	"cost_fen" bigint NOT NULL,
	"findings" integer NOT NULL,
	"state" jsonb NOT NULL,
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
CREATE INDEX "accidents_uscc" ON "accidents" USING btree ("uscc","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_natural" ON "awards" USING btree ("uscc","level","awarded_on");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_number" ON "claims" USING btree ("insurer","claim_number");--> statement-breakpoint
CREATE INDEX "claims_policy" ON "claims" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "compliance_region" ON "compliance" USING btree ("status","region","uscc");--> statement-breakpoint
CREATE INDEX "credit_listings_uscc" ON "credit_listings" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "enterprises_region" ON "enterprises" USING btree ("region");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_number" ON "policies" USING btree ("insurer","policy_number");--> statement-breakpoint
CREATE INDEX "policies_uscc" ON "policies" USING btree ("uscc","status");--> statement-breakpoint
CREATE INDEX "policies_region" ON "policies" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "policies_insurer" ON "policies" USING btree ("insurer","id");--> statement-breakpoint
CREATE INDEX "policies_ending" ON "policies" USING btree ("status","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "prevention_visits_number" ON "prevention_visits" USING btree ("insurer","visit_number");--> statement-breakpoint
CREATE INDEX "prevention_visits_policy" ON "prevention_visits" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");