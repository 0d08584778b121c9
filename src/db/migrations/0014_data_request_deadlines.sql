DROP INDEX "erasure_requests_open_idx";--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD COLUMN "kind" text DEFAULT 'erasure' NOT NULL;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "forget_recipient" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "erasure_requests_reminder_idx" ON "erasure_requests" USING btree ("requested_at") WHERE "erasure_requests"."status" = 'requested' and "erasure_requests"."reminder_sent_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_open_idx" ON "erasure_requests" USING btree ("volunteer_id","kind") WHERE "erasure_requests"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_kind_check" CHECK ("erasure_requests"."kind" in ('erasure', 'access'));