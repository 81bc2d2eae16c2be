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
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");