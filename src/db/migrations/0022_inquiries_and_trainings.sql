CREATE TABLE "inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"point_id" uuid,
	"channel" text NOT NULL,
	"asker_kind" text NOT NULL,
	"asker_name" text,
	"asker_organization" text,
	"asker_email" text,
	"asker_phone" text,
	"question" text NOT NULL,
	"answer" text,
	"answer_by_email" boolean DEFAULT false NOT NULL,
	"answer_sent_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"staff_user_id" uuid,
	"follow_up_on" date,
	"follow_up_done_at" timestamp with time zone,
	"volunteer_id" uuid,
	"organization_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_channel_check" CHECK ("inquiries"."channel" in ('phone', 'email', 'in_person', 'event', 'online_form')),
	CONSTRAINT "inquiries_asker_check" CHECK ("inquiries"."asker_kind" in ('person', 'organization', 'anonymous')),
	CONSTRAINT "inquiries_status_check" CHECK ("inquiries"."status" in ('open', 'answered', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "inquiry_articles" (
	"inquiry_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	CONSTRAINT "inquiry_articles_inquiry_id_article_id_pk" PRIMARY KEY("inquiry_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "inquiry_topic_links" (
	"inquiry_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "inquiry_topic_links_inquiry_id_topic_id_pk" PRIMARY KEY("inquiry_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "inquiry_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid,
	"name" text NOT NULL,
	"sort_key" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_meeting_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"description" text NOT NULL,
	"organization_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_meeting_organizations" (
	"meeting_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "exchange_meeting_organizations_meeting_id_organization_id_pk" PRIMARY KEY("meeting_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"theme" text NOT NULL,
	"place" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_readiness" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"gaps" text[] DEFAULT '{}'::text[] NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_reminders" (
	"qualification_id" uuid PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"sort_key" text NOT NULL,
	"audience" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"prerequisites" text,
	"qualification_name" text,
	"validity_months" integer,
	"min_age" integer,
	"readiness_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_courses_audience_check" CHECK ("training_courses"."audience" in ('volunteer', 'organization', 'coordinator', 'trainer')),
	CONSTRAINT "training_courses_status_check" CHECK ("training_courses"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "training_courses_duration_check" CHECK ("training_courses"."duration_minutes" > 0),
	CONSTRAINT "training_courses_validity_check" CHECK ("training_courses"."validity_months" is null or "training_courses"."validity_months" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"content_rating" integer NOT NULL,
	"trainer_rating" integer NOT NULL,
	"usefulness_rating" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_feedback_ratings_check" CHECK ("training_feedback"."content_rating" between 1 and 5 and "training_feedback"."trainer_rating" between 1 and 5 and "training_feedback"."usefulness_rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"volunteer_id" uuid,
	"user_id" uuid,
	"organization_id" uuid,
	"participant_name" text NOT NULL,
	"participant_email" text,
	"status" text NOT NULL,
	"holds_seat" boolean DEFAULT false NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"qualification_id" uuid,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_registrations_status_check" CHECK ("training_registrations"."status" in ('registered', 'waitlisted', 'offered', 'declined', 'cancelled', 'attended', 'completed', 'no_show'))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place_id" integer,
	"address" text,
	"online_url" text,
	"trainer_user_id" uuid,
	"trainer_name" text NOT NULL,
	"capacity" integer NOT NULL,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"hold_hours" integer DEFAULT 48 NOT NULL,
	"check_in_code" text,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_check_in_code_unique" UNIQUE("check_in_code"),
	CONSTRAINT "training_sessions_times_check" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at"),
	CONSTRAINT "training_sessions_capacity_check" CHECK ("training_sessions"."capacity" > 0 and "training_sessions"."seats_taken" >= 0 and "training_sessions"."seats_taken" <= "training_sessions"."capacity"),
	CONSTRAINT "training_sessions_hold_check" CHECK ("training_sessions"."hold_hours" between 1 and 336),
	CONSTRAINT "training_sessions_place_check" CHECK ("training_sessions"."online" or "training_sessions"."place_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_scope_check";--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "training_registration_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_point_id_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_articles" ADD CONSTRAINT "inquiry_articles_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_articles" ADD CONSTRAINT "inquiry_articles_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_topic_links" ADD CONSTRAINT "inquiry_topic_links_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_topic_links" ADD CONSTRAINT "inquiry_topic_links_topic_id_inquiry_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."inquiry_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_topics" ADD CONSTRAINT "inquiry_topics_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_actions" ADD CONSTRAINT "exchange_meeting_actions_meeting_id_exchange_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."exchange_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_actions" ADD CONSTRAINT "exchange_meeting_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_organizations" ADD CONSTRAINT "exchange_meeting_organizations_meeting_id_exchange_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."exchange_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_organizations" ADD CONSTRAINT "exchange_meeting_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meetings" ADD CONSTRAINT "exchange_meetings_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meetings" ADD CONSTRAINT "exchange_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_readiness" ADD CONSTRAINT "organization_readiness_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_readiness" ADD CONSTRAINT "organization_readiness_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_reminders" ADD CONSTRAINT "qualification_reminders_qualification_id_volunteer_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."volunteer_qualifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_registration_id_training_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_qualification_id_volunteer_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."volunteer_qualifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_user_id_users_id_fk" FOREIGN KEY ("trainer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inquiries_center_received_idx" ON "inquiries" USING btree ("center_id","received_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "inquiries_follow_up_idx" ON "inquiries" USING btree ("center_id","follow_up_on") WHERE "inquiries"."follow_up_on" is not null and "inquiries"."follow_up_done_at" is null;--> statement-breakpoint
CREATE INDEX "inquiry_topic_links_topic_idx" ON "inquiry_topic_links" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inquiry_topics_name_idx" ON "inquiry_topics" USING btree (coalesce("center_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "exchange_meeting_actions_meeting_idx" ON "exchange_meeting_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "exchange_meeting_organizations_org_idx" ON "exchange_meeting_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "exchange_meetings_center_idx" ON "exchange_meetings" USING btree ("center_id","held_on");--> statement-breakpoint
CREATE INDEX "organization_readiness_org_idx" ON "organization_readiness" USING btree ("organization_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "training_courses_slug_idx" ON "training_courses" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "training_courses_center_idx" ON "training_courses" USING btree ("center_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_feedback_registration_idx" ON "training_feedback" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "training_feedback_session_idx" ON "training_feedback" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "training_registrations_session_idx" ON "training_registrations" USING btree ("session_id","status","waitlisted_at");--> statement-breakpoint
CREATE INDEX "training_registrations_volunteer_idx" ON "training_registrations" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "training_registrations_offer_idx" ON "training_registrations" USING btree ("offer_expires_at") WHERE "training_registrations"."status" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_volunteer_once_idx" ON "training_registrations" USING btree ("session_id","volunteer_id") WHERE "training_registrations"."volunteer_id" is not null and "training_registrations"."status" not in ('cancelled', 'declined');--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_user_once_idx" ON "training_registrations" USING btree ("session_id","user_id") WHERE "training_registrations"."user_id" is not null and "training_registrations"."status" not in ('cancelled', 'declined');--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_center_idx" ON "training_sessions" USING btree ("center_id","starts_at");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_training_registration_id_training_registrations_id_fk" FOREIGN KEY ("training_registration_id") REFERENCES "public"."training_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_scope_check" CHECK ("certificates"."application_id" is not null or "certificates"."organization_id" is not null or "certificates"."training_registration_id" is not null or ("certificates"."period_from" is not null and "certificates"."period_to" is not null));