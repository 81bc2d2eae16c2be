CREATE TABLE "event_archive" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"event" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "event_archive_occurred" ON "event_archive" USING btree ("occurred_at","event_id");