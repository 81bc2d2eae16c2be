CREATE TABLE "alarms" (
	"id" text PRIMARY KEY NOT NULL,
	"sensor_id" text NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"installation_id" text,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"level" text NOT NULL,
	"value" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"peak" double precision NOT NULL,
	"warning" text NOT NULL,
	"status" text NOT NULL,
	"escalation" text,
	"disposition" text,
	"note" text,
	"raised_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"disposed_at" timestamp with time zone,
	"disposed_by" text,
	"escalated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gateways" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"key_id" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "gateways_key_id_unique" UNIQUE("key_id")
);
--> statement-breakpoint
CREATE TABLE "installations" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"grade" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensor_states" (
	"sensor_id" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensors" (
	"id" text PRIMARY KEY NOT NULL,
	"num" serial NOT NULL,
	"gateway_id" text NOT NULL,
	"uscc" text NOT NULL,
	"region" text NOT NULL,
	"installation_id" text,
	"name" text,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"low_low" double precision,
	"low" double precision,
	"high" double precision,
	"high_high" double precision,
	"hysteresis" double precision NOT NULL,
	"min_duration_ms" integer NOT NULL,
	"interval_ms" integer NOT NULL,
	"range_min" double precision,
	"range_max" double precision,
	"stuck_ms" integer,
	"oel_ppm" double precision,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sensors_num_unique" UNIQUE("num")
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
CREATE INDEX "alarms_status_raised" ON "alarms" USING btree ("status","raised_at");--> statement-breakpoint
CREATE INDEX "alarms_uscc" ON "alarms" USING btree ("uscc","id");--> statement-breakpoint
CREATE INDEX "alarms_region" ON "alarms" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "alarms_sensor" ON "alarms" USING btree ("sensor_id","id");--> statement-breakpoint
CREATE INDEX "sensors_gateway" ON "sensors" USING btree ("gateway_id");--> statement-breakpoint
CREATE INDEX "sensors_installation" ON "sensors" USING btree ("installation_id");--> statement-breakpoint
CREATE INDEX "sensors_uscc" ON "sensors" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "sensors_updated" ON "sensors" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");