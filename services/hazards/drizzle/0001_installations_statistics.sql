CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"resource_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "installations" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"grade" integer NOT NULL,
	"next_assessment_due" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_filings" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"due_on" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"state" jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_scope_key" ON "idempotency_keys" USING btree ("scope","key");--> statement-breakpoint
CREATE UNIQUE INDEX "installations_uscc_name" ON "installations" USING btree ("uscc","name");--> statement-breakpoint
CREATE INDEX "installations_region" ON "installations" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "installations_due" ON "installations" USING btree ("next_assessment_due");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_filings_period" ON "statistics_filings" USING btree ("uscc","year","period");--> statement-breakpoint
CREATE INDEX "statistics_filings_region" ON "statistics_filings" USING btree ("region","year","period");