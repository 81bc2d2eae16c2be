CREATE TABLE "accidents" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"level" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"region" text NOT NULL,
	"township" text NOT NULL,
	"grid_cell_id" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazards" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"enterprise_name" text,
	"industry" text,
	"region" text NOT NULL,
	"level" text,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"dedup_key" text,
	"deadline" text,
	"listed" text,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iot_alarms" (
	"alarm_id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"region" text NOT NULL,
	"sensor_id" text NOT NULL,
	"installation_id" text,
	"quantity" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL
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
CREATE INDEX "accidents_region" ON "accidents" USING btree ("region");--> statement-breakpoint
CREATE INDEX "enterprises_region" ON "enterprises" USING btree ("region");--> statement-breakpoint
CREATE INDEX "hazards_uscc" ON "hazards" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "hazards_region" ON "hazards" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "hazards_source_ref" ON "hazards" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "hazards_dedup" ON "hazards" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "hazards_deadline" ON "hazards" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");