ALTER TABLE "applications" ADD COLUMN "trace_parent" text;--> statement-breakpoint
ALTER TABLE "licences" ADD COLUMN "trace_parent" text;