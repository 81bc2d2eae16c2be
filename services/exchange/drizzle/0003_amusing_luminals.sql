ALTER TABLE "grid_tasks" ADD COLUMN "overdue_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "grid_tasks_due" ON "grid_tasks" USING btree ("due_at") WHERE overdue_at is null;