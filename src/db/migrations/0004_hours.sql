CREATE TABLE "hour_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"shift_id" uuid,
	"activity_day" date NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"minutes" integer NOT NULL,
	"activity" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"logged_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"minor_rule_override_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hour_entries_minutes_check" CHECK ("hour_entries"."minutes" > 0 and "hour_entries"."minutes" <= 1440),
	CONSTRAINT "hour_entries_status_check" CHECK ("hour_entries"."status" in ('submitted', 'approved', 'rejected')),
	CONSTRAINT "hour_entries_times_check" CHECK (("hour_entries"."starts_at" is null) = ("hour_entries"."ends_at" is null) and ("hour_entries"."ends_at" is null or "hour_entries"."ends_at" > "hour_entries"."starts_at"))
);
--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_logged_by_user_id_users_id_fk" FOREIGN KEY ("logged_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hour_entries_application_idx" ON "hour_entries" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "hour_entries_org_status_idx" ON "hour_entries" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "hour_entries_center_status_idx" ON "hour_entries" USING btree ("center_id","status","created_at");--> statement-breakpoint
CREATE INDEX "hour_entries_volunteer_day_idx" ON "hour_entries" USING btree ("volunteer_id","activity_day");