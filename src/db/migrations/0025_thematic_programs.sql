CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"tax_number" text,
	"place_id" integer,
	"address" text,
	"email" text,
	"phone" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_members" (
	"company_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'coordinator' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_members_company_id_user_id_pk" PRIMARY KEY("company_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "company_skill_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_offered" integer,
	"available_until" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"invited_email" text NOT NULL,
	"token_hash" text,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"volunteer_id" uuid,
	"joined_at" timestamp with time zone,
	"names_consent_at" timestamp with time zone,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "company_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_signup_members" (
	"signup_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"reason" text,
	"application_id" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "team_signup_members_signup_id_member_id_pk" PRIMARY KEY("signup_id","member_id"),
	CONSTRAINT "team_signup_members_status_check" CHECK ("team_signup_members"."status" in ('invited', 'confirmed', 'declined', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "team_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"shift_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"signed_up_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "team_signups_seats_check" CHECK ("team_signups"."seats" > 0),
	CONSTRAINT "team_signups_status_check" CHECK ("team_signups"."status" in ('active', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "event_day_assignments" (
	"event_day_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"reason" jsonb NOT NULL,
	"score" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_day_assignments_event_day_id_task_id_volunteer_id_pk" PRIMARY KEY("event_day_id","task_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "event_day_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_day_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"required_seats" integer DEFAULT 0 NOT NULL,
	"required_qualifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_age" integer,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_day_tasks_capacity_check" CHECK ("event_day_tasks"."capacity" > 0 and "event_day_tasks"."required_seats" between 0 and "event_day_tasks"."capacity"),
	CONSTRAINT "event_day_tasks_times_check" CHECK ("event_day_tasks"."ends_at" > "event_day_tasks"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "event_day_volunteers" (
	"event_day_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"ranked_tasks" text[] DEFAULT '{}'::text[] NOT NULL,
	"available_from" timestamp with time zone,
	"available_until" timestamp with time zone,
	"friend_volunteer_id" uuid,
	"max_slots" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_day_volunteers_event_day_id_volunteer_id_pk" PRIMARY KEY("event_day_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "event_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"program_id" uuid,
	"name" text NOT NULL,
	"day" date NOT NULL,
	"place" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"last_run" jsonb,
	"solved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_days_status_check" CHECK ("event_days"."status" in ('draft', 'solved', 'published'))
);
--> statement-breakpoint
CREATE TABLE "program_confidentiality_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"qualification_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ward_roster_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ward_roster_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ward_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"capacity" integer NOT NULL,
	"task" text,
	"active_from" date NOT NULL,
	"active_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ward_roster_slots_weekday_check" CHECK ("ward_roster_slots"."weekday" between 1 and 7),
	CONSTRAINT "ward_roster_slots_capacity_check" CHECK ("ward_roster_slots"."capacity" > 0),
	CONSTRAINT "ward_roster_slots_times_check" CHECK ("ward_roster_slots"."ends_at" > "ward_roster_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "wards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"supervisor_user_id" uuid,
	"supervisor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iksz_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"mentor_name" text NOT NULL,
	"mentor_tasks" text NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text NOT NULL,
	"school_signed_on" date,
	"host_signed_on" date,
	"expiry_warned_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iksz_agreements_range_check" CHECK ("iksz_agreements"."starts_on" <= "iksz_agreements"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "iksz_guardian_agreements" (
	"student_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"planned_place" text,
	"planned_time" text,
	"guardian_user_id" uuid,
	"agreed_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iksz_guardian_agreements_student_id_school_year_pk" PRIMARY KEY("student_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "iksz_occasions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"organization_id" uuid,
	"opportunity_id" uuid,
	"serial" integer NOT NULL,
	"kind" text DEFAULT 'service' NOT NULL,
	"school_year" text NOT NULL,
	"activity_day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"place_text" text NOT NULL,
	"place_id" integer,
	"area" text NOT NULL,
	"activity" text NOT NULL,
	"mentor_name" text,
	"distance_reason" text,
	"cap_warning" text,
	"status" text DEFAULT 'logged' NOT NULL,
	"status_reason" text,
	"logged_by" uuid,
	"certified_by" uuid,
	"certified_at" timestamp with time zone,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iksz_occasions_kind_check" CHECK ("iksz_occasions"."kind" in ('service', 'preparation', 'closing')),
	CONSTRAINT "iksz_occasions_status_check" CHECK ("iksz_occasions"."status" in ('logged', 'certified', 'accepted', 'rejected')),
	CONSTRAINT "iksz_occasions_area_check" CHECK ("iksz_occasions"."area" in ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')),
	CONSTRAINT "iksz_occasions_minutes_check" CHECK ("iksz_occasions"."minutes" > 0 and "iksz_occasions"."minutes" <= 300),
	CONSTRAINT "iksz_occasions_times_check" CHECK ("iksz_occasions"."ends_at" > "iksz_occasions"."starts_at"),
	CONSTRAINT "iksz_occasions_host_check" CHECK ("iksz_occasions"."kind" <> 'service' or "iksz_occasions"."organization_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "iksz_school_caps" (
	"school_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"max_hours" integer NOT NULL,
	"mode" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iksz_school_caps_school_id_kind_pk" PRIMARY KEY("school_id","kind"),
	CONSTRAINT "iksz_school_caps_kind_check" CHECK ("iksz_school_caps"."kind" in ('at_school', 'per_host')),
	CONSTRAINT "iksz_school_caps_mode_check" CHECK ("iksz_school_caps"."mode" in ('warn', 'refuse')),
	CONSTRAINT "iksz_school_caps_hours_check" CHECK ("iksz_school_caps"."max_hours" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "iksz_students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"class_name" text NOT NULL,
	"grade" integer NOT NULL,
	"track" text DEFAULT 'gimnazium' NOT NULL,
	"exempt_reason" text,
	"exempt_note" text,
	"exempt_recorded_by" uuid,
	"left_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iksz_students_grade_check" CHECK ("iksz_students"."grade" between 9 and 13),
	CONSTRAINT "iksz_students_exempt_check" CHECK ("iksz_students"."exempt_reason" is null or "iksz_students"."exempt_reason" in ('adult_education', 'evening', 'sni', 'over_25'))
);
--> statement-breakpoint
CREATE TABLE "iksz_transfer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"verification_code" text NOT NULL,
	"minutes" integer NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_members" (
	"school_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"class_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_members_school_id_user_id_pk" PRIMARY KEY("school_id","user_id"),
	CONSTRAINT "school_members_role_check" CHECK ("school_members"."role" in ('coordinator', 'class_teacher'))
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"om_id" text NOT NULL,
	"place_id" integer NOT NULL,
	"address" text,
	"email" text,
	"phone" text,
	"host_organization_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_opportunities" (
	"program_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"added_qualifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_opportunities_program_id_opportunity_id_pk" PRIMARY KEY("program_id","opportunity_id")
);
--> statement-breakpoint
CREATE TABLE "program_partners" (
	"program_id" uuid NOT NULL,
	"partner_kind" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_partners_program_id_partner_kind_partner_id_pk" PRIMARY KEY("program_id","partner_kind","partner_id"),
	CONSTRAINT "program_partners_kind_check" CHECK ("program_partners"."partner_kind" in ('school', 'company', 'organization'))
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"min_age" integer,
	"induction_qualification" text,
	"health_valid_months" integer,
	"confidentiality_template" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_kind_check" CHECK ("programs"."kind" in ('iksz', 'corporate', 'hospital', 'other')),
	CONSTRAINT "programs_status_check" CHECK ("programs"."status" in ('draft', 'published', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "iksz_eligible" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "iksz_areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "shifts" ADD COLUMN "team_capacity" integer;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_skill_offers" ADD CONSTRAINT "company_skill_offers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_skill_offers" ADD CONSTRAINT "company_skill_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_team_members" ADD CONSTRAINT "company_team_members_team_id_company_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."company_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_team_members" ADD CONSTRAINT "company_team_members_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_team_members" ADD CONSTRAINT "company_team_members_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_teams" ADD CONSTRAINT "company_teams_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_teams" ADD CONSTRAINT "company_teams_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signup_members" ADD CONSTRAINT "team_signup_members_signup_id_team_signups_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."team_signups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signup_members" ADD CONSTRAINT "team_signup_members_member_id_company_team_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."company_team_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signup_members" ADD CONSTRAINT "team_signup_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signups" ADD CONSTRAINT "team_signups_team_id_company_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."company_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signups" ADD CONSTRAINT "team_signups_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_signups" ADD CONSTRAINT "team_signups_signed_up_by_users_id_fk" FOREIGN KEY ("signed_up_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_assignments" ADD CONSTRAINT "event_day_assignments_event_day_id_event_days_id_fk" FOREIGN KEY ("event_day_id") REFERENCES "public"."event_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_assignments" ADD CONSTRAINT "event_day_assignments_task_id_event_day_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."event_day_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_assignments" ADD CONSTRAINT "event_day_assignments_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_tasks" ADD CONSTRAINT "event_day_tasks_event_day_id_event_days_id_fk" FOREIGN KEY ("event_day_id") REFERENCES "public"."event_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_volunteers" ADD CONSTRAINT "event_day_volunteers_event_day_id_event_days_id_fk" FOREIGN KEY ("event_day_id") REFERENCES "public"."event_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_volunteers" ADD CONSTRAINT "event_day_volunteers_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_day_volunteers" ADD CONSTRAINT "event_day_volunteers_friend_volunteer_id_volunteers_id_fk" FOREIGN KEY ("friend_volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_days" ADD CONSTRAINT "event_days_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_days" ADD CONSTRAINT "event_days_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_days" ADD CONSTRAINT "event_days_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_confidentiality_declarations" ADD CONSTRAINT "program_confidentiality_declarations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_confidentiality_declarations" ADD CONSTRAINT "program_confidentiality_declarations_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_confidentiality_declarations" ADD CONSTRAINT "program_confidentiality_declarations_qualification_id_volunteer_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."volunteer_qualifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_confidentiality_declarations" ADD CONSTRAINT "program_confidentiality_declarations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ward_roster_signups" ADD CONSTRAINT "ward_roster_signups_slot_id_ward_roster_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."ward_roster_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ward_roster_signups" ADD CONSTRAINT "ward_roster_signups_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ward_roster_signups" ADD CONSTRAINT "ward_roster_signups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ward_roster_slots" ADD CONSTRAINT "ward_roster_slots_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wards" ADD CONSTRAINT "wards_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wards" ADD CONSTRAINT "wards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wards" ADD CONSTRAINT "wards_supervisor_user_id_users_id_fk" FOREIGN KEY ("supervisor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_agreements" ADD CONSTRAINT "iksz_agreements_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_agreements" ADD CONSTRAINT "iksz_agreements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_agreements" ADD CONSTRAINT "iksz_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_guardian_agreements" ADD CONSTRAINT "iksz_guardian_agreements_student_id_iksz_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."iksz_students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_guardian_agreements" ADD CONSTRAINT "iksz_guardian_agreements_guardian_user_id_users_id_fk" FOREIGN KEY ("guardian_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_guardian_agreements" ADD CONSTRAINT "iksz_guardian_agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_student_id_iksz_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."iksz_students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_certified_by_users_id_fk" FOREIGN KEY ("certified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_occasions" ADD CONSTRAINT "iksz_occasions_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_school_caps" ADD CONSTRAINT "iksz_school_caps_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_students" ADD CONSTRAINT "iksz_students_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_students" ADD CONSTRAINT "iksz_students_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_students" ADD CONSTRAINT "iksz_students_exempt_recorded_by_users_id_fk" FOREIGN KEY ("exempt_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_students" ADD CONSTRAINT "iksz_students_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_transfer_certificates" ADD CONSTRAINT "iksz_transfer_certificates_student_id_iksz_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."iksz_students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iksz_transfer_certificates" ADD CONSTRAINT "iksz_transfer_certificates_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_members" ADD CONSTRAINT "school_members_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_members" ADD CONSTRAINT "school_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_host_organization_id_organizations_id_fk" FOREIGN KEY ("host_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_opportunities" ADD CONSTRAINT "program_opportunities_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_opportunities" ADD CONSTRAINT "program_opportunities_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_partners" ADD CONSTRAINT "program_partners_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_center_idx" ON "companies" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "company_members_user_idx" ON "company_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "company_skill_offers_company_idx" ON "company_skill_offers" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "company_team_members_team_idx" ON "company_team_members" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "company_team_members_volunteer_idx" ON "company_team_members" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "company_team_members_token_idx" ON "company_team_members" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "company_team_members_active_idx" ON "company_team_members" USING btree ("team_id","volunteer_id") WHERE "company_team_members"."removed_at" is null and "company_team_members"."volunteer_id" is not null;--> statement-breakpoint
CREATE INDEX "company_teams_company_idx" ON "company_teams" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_signups_active_idx" ON "team_signups" USING btree ("team_id","shift_id") WHERE "team_signups"."status" = 'active';--> statement-breakpoint
CREATE INDEX "team_signups_shift_idx" ON "team_signups" USING btree ("shift_id");--> statement-breakpoint
CREATE INDEX "event_day_assignments_volunteer_idx" ON "event_day_assignments" USING btree ("event_day_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "event_day_tasks_event_idx" ON "event_day_tasks" USING btree ("event_day_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_days_center_idx" ON "event_days" USING btree ("center_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "program_confidentiality_idx" ON "program_confidentiality_declarations" USING btree ("program_id","volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ward_roster_signups_active_idx" ON "ward_roster_signups" USING btree ("slot_id","volunteer_id","week_start") WHERE "ward_roster_signups"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "ward_roster_signups_week_idx" ON "ward_roster_signups" USING btree ("slot_id","week_start");--> statement-breakpoint
CREATE INDEX "ward_roster_signups_volunteer_idx" ON "ward_roster_signups" USING btree ("volunteer_id","week_start");--> statement-breakpoint
CREATE INDEX "ward_roster_slots_ward_idx" ON "ward_roster_slots" USING btree ("ward_id");--> statement-breakpoint
CREATE INDEX "wards_program_idx" ON "wards" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "iksz_agreements_school_idx" ON "iksz_agreements" USING btree ("school_id","ends_on");--> statement-breakpoint
CREATE INDEX "iksz_agreements_org_idx" ON "iksz_agreements" USING btree ("organization_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "iksz_occasions_serial_idx" ON "iksz_occasions" USING btree ("student_id","serial");--> statement-breakpoint
CREATE INDEX "iksz_occasions_student_idx" ON "iksz_occasions" USING btree ("student_id","activity_day");--> statement-breakpoint
CREATE INDEX "iksz_occasions_school_status_idx" ON "iksz_occasions" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "iksz_occasions_org_status_idx" ON "iksz_occasions" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "iksz_students_school_volunteer_idx" ON "iksz_students" USING btree ("school_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "iksz_students_volunteer_idx" ON "iksz_students" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "iksz_students_class_idx" ON "iksz_students" USING btree ("school_id","class_name");--> statement-breakpoint
CREATE UNIQUE INDEX "iksz_transfer_certificates_code_idx" ON "iksz_transfer_certificates" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "iksz_transfer_certificates_student_idx" ON "iksz_transfer_certificates" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "school_members_user_idx" ON "school_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_om_id_idx" ON "schools" USING btree ("om_id");--> statement-breakpoint
CREATE INDEX "schools_center_idx" ON "schools" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "program_opportunities_opportunity_idx" ON "program_opportunities" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "program_partners_partner_idx" ON "program_partners" USING btree ("partner_kind","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_slug_idx" ON "programs" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "programs_center_idx" ON "programs" USING btree ("center_id","status");