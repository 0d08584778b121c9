CREATE TABLE "advocacy_action_stakeholders" (
	"action_id" uuid NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	CONSTRAINT "advocacy_action_stakeholders_action_id_stakeholder_id_pk" PRIMARY KEY("action_id","stakeholder_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"goal" text NOT NULL,
	"held_on" date NOT NULL,
	"place_id" integer,
	"outcome" text,
	"follow_up" text,
	"follow_up_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advocacy_actions_kind_check" CHECK ("advocacy_actions"."kind" in ('meeting', 'letter', 'proposal', 'consultation_response', 'event'))
);
--> statement-breakpoint
CREATE TABLE "advocacy_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advocacy_documents_type_check" CHECK ("advocacy_documents"."content_type" in ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
	CONSTRAINT "advocacy_documents_size_check" CHECK ("advocacy_documents"."size_bytes" > 0 and "advocacy_documents"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"place_id" integer,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_legal_basis" text,
	"contact_erased_at" timestamp with time zone,
	"owner_user_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholders_kind_check" CHECK ("stakeholders"."kind" in ('municipality', 'institution', 'decision_maker', 'committee', 'company', 'media')),
	CONSTRAINT "stakeholders_contact_basis_check" CHECK (("stakeholders"."contact_name" is null and "stakeholders"."contact_email" is null and "stakeholders"."contact_phone" is null) or "stakeholders"."contact_legal_basis" is not null)
);
--> statement-breakpoint
CREATE TABLE "point_consultation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"point_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"point_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"topics" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_consultations_kind_check" CHECK ("point_consultations"."kind" in ('visit', 'call', 'online'))
);
--> statement-breakpoint
CREATE TABLE "point_setup_items" (
	"point_id" uuid NOT NULL,
	"item" text NOT NULL,
	"done_on" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_setup_items_point_id_item_pk" PRIMARY KEY("point_id","item"),
	CONSTRAINT "point_setup_items_item_check" CHECK ("point_setup_items"."item" in ('coordinator_trained', 'place', 'opening_hours', 'first_organizations'))
);
--> statement-breakpoint
CREATE TABLE "point_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"point_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "centers" ADD COLUMN "point_coverage_km" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "host_institution" text;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "host_kind" text;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "opening_hours" text;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "advocacy_action_stakeholders" ADD CONSTRAINT "advocacy_action_stakeholders_action_id_advocacy_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_stakeholders" ADD CONSTRAINT "advocacy_action_stakeholders_stakeholder_id_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_documents" ADD CONSTRAINT "advocacy_documents_action_id_advocacy_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_documents" ADD CONSTRAINT "advocacy_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultation_actions" ADD CONSTRAINT "point_consultation_actions_consultation_id_point_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."point_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultation_actions" ADD CONSTRAINT "point_consultation_actions_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultation_actions" ADD CONSTRAINT "point_consultation_actions_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultations" ADD CONSTRAINT "point_consultations_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultations" ADD CONSTRAINT "point_consultations_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_consultations" ADD CONSTRAINT "point_consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_setup_items" ADD CONSTRAINT "point_setup_items_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_status_events" ADD CONSTRAINT "point_status_events_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_status_events" ADD CONSTRAINT "point_status_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocacy_action_stakeholders_stakeholder_idx" ON "advocacy_action_stakeholders" USING btree ("stakeholder_id");--> statement-breakpoint
CREATE INDEX "advocacy_actions_center_idx" ON "advocacy_actions" USING btree ("center_id","held_on");--> statement-breakpoint
CREATE INDEX "advocacy_actions_place_idx" ON "advocacy_actions" USING btree ("place_id","held_on");--> statement-breakpoint
CREATE INDEX "advocacy_documents_action_idx" ON "advocacy_documents" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "stakeholders_center_idx" ON "stakeholders" USING btree ("center_id","kind");--> statement-breakpoint
CREATE INDEX "stakeholders_place_idx" ON "stakeholders" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "point_consultation_actions_consultation_idx" ON "point_consultation_actions" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "point_consultation_actions_due_idx" ON "point_consultation_actions" USING btree ("center_id","due_on") WHERE "point_consultation_actions"."done_at" is null and "point_consultation_actions"."due_on" is not null;--> statement-breakpoint
CREATE INDEX "point_consultations_point_idx" ON "point_consultations" USING btree ("point_id","held_on");--> statement-breakpoint
CREATE INDEX "point_consultations_center_idx" ON "point_consultations" USING btree ("center_id","held_on");--> statement-breakpoint
CREATE INDEX "point_status_events_point_idx" ON "point_status_events" USING btree ("point_id","at");--> statement-breakpoint
ALTER TABLE "points" ADD CONSTRAINT "points_status_check" CHECK ("points"."status" in ('candidate', 'agreement', 'setting_up', 'active', 'paused', 'closed'));--> statement-breakpoint
ALTER TABLE "points" ADD CONSTRAINT "points_host_kind_check" CHECK ("points"."host_kind" is null or "points"."host_kind" in ('library', 'community_house', 'school', 'ngo', 'municipality', 'other'));