ALTER TABLE "grid_reports" ADD COLUMN "enterprise" text;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "status" text DEFAULT 'reported' NOT NULL;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "dispatched_task_id" text;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "invalid_reason" text;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "triage_note" text;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "triaged_by" text;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "triaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grid_reports" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "grid_reports_cell" ON "grid_reports" USING btree ("grid_cell_id","id");