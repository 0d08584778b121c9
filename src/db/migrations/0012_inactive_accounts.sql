CREATE TABLE "inactivity_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid,
	"user_id" uuid,
	"first_sent_at" timestamp with time zone NOT NULL,
	"second_sent_at" timestamp with time zone,
	CONSTRAINT "inactivity_notices_subject_check" CHECK (num_nonnulls("inactivity_notices"."volunteer_id", "inactivity_notices"."user_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_active_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "inactivity_notices" ADD CONSTRAINT "inactivity_notices_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inactivity_notices" ADD CONSTRAINT "inactivity_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inactivity_notices_volunteer_idx" ON "inactivity_notices" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inactivity_notices_user_idx" ON "inactivity_notices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_last_active_idx" ON "users" USING btree ("last_active_at");--> statement-breakpoint
-- Backfill: the latest of the account's creation and its sessions' last use (modules/retention).
UPDATE "users" u SET "last_active_at" = greatest(u."created_at", (SELECT max(s."last_seen_at") FROM "sessions" s WHERE s."user_id" = u."id"));
