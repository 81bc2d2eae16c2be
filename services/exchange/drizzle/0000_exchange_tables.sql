CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"subscription_id" text,
	"department" text NOT NULL,
	"share_position" bigint NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"aggregate_key" text NOT NULL,
	"sequence" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_status" integer,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"status_code" integer,
	"error" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"channels" jsonb NOT NULL,
	"contact" text,
	"policy" jsonb NOT NULL,
	"api_key_id" text,
	"api_key_hash" text,
	"nats_nkey" text,
	"feed_read_position" bigint DEFAULT 0 NOT NULL,
	"version" integer NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "departments_api_key_id_unique" UNIQUE("api_key_id")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"high_risk_category" text NOT NULL,
	"region" text NOT NULL,
	"township" text NOT NULL,
	"grid_cell_id" text NOT NULL,
	"standardisation_level" text NOT NULL,
	"status" text NOT NULL,
	"closed_reason" text,
	"closed_on" text,
	"address" text,
	"employees" integer,
	"version" integer NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid_cells" (
	"id" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"township" text NOT NULL,
	"name" text NOT NULL,
	"worker" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"grid_cell_id" text NOT NULL,
	"region" text NOT NULL,
	"worker" text NOT NULL,
	"category" text NOT NULL,
	"summary" text NOT NULL,
	"position" jsonb NOT NULL,
	"photos" jsonb NOT NULL,
	"task_id" text,
	"hazard_id" text,
	"reported_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"grid_cell_id" text NOT NULL,
	"region" text NOT NULL,
	"enterprise" text,
	"origin" text NOT NULL,
	"origin_type" text NOT NULL,
	"origin_ref" text NOT NULL,
	"category" text NOT NULL,
	"summary" text,
	"status" text NOT NULL,
	"assignee" text,
	"result" text,
	"evaluation" smallint,
	"dispatched_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer NOT NULL,
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
CREATE TABLE "ledger_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shares" (
	"position" bigint PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"aggregate_key" text NOT NULL,
	"sequence" integer NOT NULL,
	"region" text NOT NULL,
	"payload" jsonb NOT NULL,
	"shared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sharing_ledger" (
	"position" bigint PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload_hash" text NOT NULL,
	"shared_at" timestamp with time zone NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"event_types" jsonb NOT NULL,
	"regions" jsonb NOT NULL,
	"secret_sealed" text NOT NULL,
	"status" text NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone,
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
CREATE INDEX "deliveries_due" ON "deliveries" USING btree ("next_attempt_at") WHERE "deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "deliveries_lane" ON "deliveries" USING btree ("department","channel","aggregate_key","sequence") WHERE "deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "deliveries_subscription" ON "deliveries" USING btree ("subscription_id","id");--> statement-breakpoint
CREATE INDEX "delivery_attempts_delivery" ON "delivery_attempts" USING btree ("delivery_id","id");--> statement-breakpoint
CREATE INDEX "enterprises_region" ON "enterprises" USING btree ("region");--> statement-breakpoint
CREATE INDEX "enterprises_cell" ON "enterprises" USING btree ("grid_cell_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grid_tasks_origin" ON "grid_tasks" USING btree ("origin","origin_ref");--> statement-breakpoint
CREATE INDEX "grid_tasks_cell" ON "grid_tasks" USING btree ("grid_cell_id","id");--> statement-breakpoint
CREATE INDEX "shares_department" ON "shares" USING btree ("department","position");--> statement-breakpoint
CREATE UNIQUE INDEX "sharing_ledger_department_event" ON "sharing_ledger" USING btree ("department","event_id");--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");