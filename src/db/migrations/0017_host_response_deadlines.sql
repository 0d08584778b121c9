ALTER TABLE "applications" ADD COLUMN "host_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "host_nudged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "centers" ADD COLUMN "host_response_working_days" integer DEFAULT 5 NOT NULL;