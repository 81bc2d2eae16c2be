CREATE TABLE "bus_relay_state" (
	"name" text PRIMARY KEY NOT NULL,
	"txid" "xid8" NOT NULL,
	"seq" bigint NOT NULL,
	"listening" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "bus_outbox_unsent";--> statement-breakpoint
CREATE INDEX "bus_inbox_processed_at" ON "bus_inbox" USING btree ("processed_at");--> statement-breakpoint
CREATE INDEX "bus_outbox_position" ON "bus_outbox" USING btree ("txid","seq");--> statement-breakpoint
ALTER TABLE "bus_outbox" DROP COLUMN "sent_at";