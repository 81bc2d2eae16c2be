CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"report_id" uuid NOT NULL,
	"sealed_answer" "bytea" NOT NULL,
	"kid" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_reveals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "identity_reveals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"report_id" uuid NOT NULL,
	"revealed_by" text NOT NULL,
	"dept" text NOT NULL,
	"reason" text NOT NULL,
	"revealed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open311_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "open311_requests" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "open311_requests_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "report_identities" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"kid" text NOT NULL,
	"wrapped_key" "bytea" NOT NULL,
	"sealed" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_code" text NOT NULL,
	"access_key_hash" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"region" text NOT NULL,
	"scope" text NOT NULL,
	"channel" text NOT NULL,
	"matter_key" text NOT NULL,
	"duplicate_of" uuid,
	"real_name" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_by" date,
	"next_notice_on" date,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reports_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"region" text NOT NULL,
	"industry" text NOT NULL,
	"unit" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "routing_rules_region_industry_pk" PRIMARY KEY("region","industry")
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
ALTER TABLE "open311_requests" ADD CONSTRAINT "open311_requests_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_identities" ADD CONSTRAINT "report_identities_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "open311_requests_client" ON "open311_requests" USING btree ("client_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_list" ON "reports" USING btree ("received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_status" ON "reports" USING btree ("status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_region" ON "reports" USING btree ("region","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_matter" ON "reports" USING btree ("matter_key","scope","received_at");--> statement-breakpoint
CREATE INDEX "reports_next_notice" ON "reports" USING btree ("next_notice_on") WHERE "reports"."next_notice_on" is not null;--> statement-breakpoint
CREATE INDEX "bus_outbox_unsent" ON "bus_outbox" USING btree ("txid","seq") WHERE "bus_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "bus_outbox_created_at" ON "bus_outbox" USING btree ("created_at");