CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"shift_id" uuid,
	"center_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"status" text NOT NULL,
	"holds_seat" boolean DEFAULT false NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"decline_reason" text,
	"follow_up_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "causes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_hu" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "causes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"place_id" integer,
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"remote" boolean DEFAULT false NOT NULL,
	"kind" text NOT NULL,
	"group_friendly" boolean DEFAULT false NOT NULL,
	"min_age" integer,
	"required_qualifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"requires_conduct" boolean DEFAULT false NOT NULL,
	"requires_health" boolean DEFAULT false NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility_notes" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"weekly_pattern" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_reason" text,
	"vetted_by" uuid,
	"vetted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_members" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'staff' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"point_id" uuid,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"host_type" text NOT NULL,
	"tax_number" text,
	"kot_registration_number" text,
	"place_id" integer NOT NULL,
	"address" text,
	"email" text,
	"phone" text,
	"website" text,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"status_reason" text,
	"vetted_by" uuid,
	"vetted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"author_user_id" uuid,
	"text" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"waitlist_enabled" boolean DEFAULT true NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_hu" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "skills_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "vetting_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"granted" boolean NOT NULL,
	"text_version" text NOT NULL,
	"recorded_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"valid_until" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"center_id" uuid,
	"point_id" uuid,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"sort_key" text NOT NULL,
	"birth_date" date,
	"email" text,
	"phone" text,
	"home_place_id" integer,
	"lat" double precision,
	"lon" double precision,
	"travel_radius_km" integer,
	"remote_only" boolean DEFAULT false NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text[] DEFAULT '{}'::text[] NOT NULL,
	"group_preference" text DEFAULT 'any' NOT NULL,
	"accessibility_needs" text,
	"bio" text,
	"guardian_name" text,
	"guardian_email" text,
	"guardian_phone" text,
	"guardian_consent_at" timestamp with time zone,
	"guardian_consent_recorded_by" uuid,
	"health_status" text DEFAULT 'unknown' NOT NULL,
	"health_checked_at" date,
	"health_checked_by" uuid,
	"conduct_status" text DEFAULT 'unknown' NOT NULL,
	"conduct_checked_at" date,
	"conduct_checked_by" uuid,
	"alert_frequency" text DEFAULT 'none' NOT NULL,
	"alerts_sent_at" timestamp with time zone,
	"calendar_token_hash" text,
	"claim_token_hash" text,
	"claim_expires_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_notes" ADD CONSTRAINT "placement_notes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_consents" ADD CONSTRAINT "volunteer_consents_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_qualifications" ADD CONSTRAINT "volunteer_qualifications_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_home_place_id_places_id_fk" FOREIGN KEY ("home_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_app_idx" ON "application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_unique_idx" ON "applications" USING btree ("volunteer_id","opportunity_id",coalesce("shift_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "applications_opportunity_idx" ON "applications" USING btree ("opportunity_id","status");--> statement-breakpoint
CREATE INDEX "applications_shift_idx" ON "applications" USING btree ("shift_id","status","waitlisted_at");--> statement-breakpoint
CREATE INDEX "applications_center_idx" ON "applications" USING btree ("center_id","status");--> statement-breakpoint
CREATE INDEX "applications_follow_up_idx" ON "applications" USING btree ("follow_up_on");--> statement-breakpoint
CREATE INDEX "opportunities_org_idx" ON "opportunities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "opportunities_center_status_idx" ON "opportunities" USING btree ("center_id","status");--> statement-breakpoint
CREATE INDEX "opportunities_geo_idx" ON "opportunities" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "opportunities_causes_idx" ON "opportunities" USING gin ("causes");--> statement-breakpoint
CREATE INDEX "opportunities_skills_idx" ON "opportunities" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "opportunities_published_idx" ON "opportunities" USING btree ("status","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_members_pk" ON "organization_members" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "organization_members_user_idx" ON "organization_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organizations_center_idx" ON "organizations" USING btree ("center_id","status");--> statement-breakpoint
CREATE INDEX "organizations_sort_key_idx" ON "organizations" USING btree ("sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "placement_notes_app_idx" ON "placement_notes" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "shifts_opportunity_idx" ON "shifts" USING btree ("opportunity_id","starts_at");--> statement-breakpoint
CREATE INDEX "shifts_starts_idx" ON "shifts" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "vetting_events_subject_idx" ON "vetting_events" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
CREATE INDEX "volunteer_consents_idx" ON "volunteer_consents" USING btree ("volunteer_id","kind","at");--> statement-breakpoint
CREATE INDEX "volunteer_qualifications_idx" ON "volunteer_qualifications" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_user_idx" ON "volunteers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteers_center_idx" ON "volunteers" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "volunteers_sort_key_idx" ON "volunteers" USING btree ("sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "volunteers_geo_idx" ON "volunteers" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "volunteers_causes_idx" ON "volunteers" USING gin ("causes");--> statement-breakpoint
CREATE INDEX "volunteers_skills_idx" ON "volunteers" USING gin ("skills");