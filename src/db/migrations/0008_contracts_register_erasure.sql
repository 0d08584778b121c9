CREATE TABLE "contract_templates" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"intro_text" text DEFAULT '' NOT NULL,
	"duties_text" text DEFAULT '' NOT NULL,
	"closing_text" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"place" text NOT NULL,
	"time_and_rest" text NOT NULL,
	"benefits" text NOT NULL,
	"benefits_on_end" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"requirement" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"guardian_required" boolean DEFAULT false NOT NULL,
	"signed_on" date,
	"volunteer_signatory" text,
	"guardian_signatory" text,
	"organization_signatory" text,
	"signed_recorded_by_user_id" uuid,
	"signed_recorded_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_contracts_status_check" CHECK ("volunteer_contracts"."status" in ('draft', 'signed', 'void')),
	CONSTRAINT "volunteer_contracts_term_check" CHECK ("volunteer_contracts"."ends_on" is null or "volunteer_contracts"."ends_on" >= "volunteer_contracts"."starts_on"),
	CONSTRAINT "volunteer_contracts_signed_check" CHECK (("volunteer_contracts"."status" = 'signed') = ("volunteer_contracts"."signed_on" is not null) or "volunteer_contracts"."status" = 'void'),
	CONSTRAINT "volunteer_contracts_void_check" CHECK (("volunteer_contracts"."status" = 'void') = ("volunteer_contracts"."voided_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"application_id" uuid,
	"volunteer_id" uuid,
	"contract_id" uuid,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"sort_key" text NOT NULL,
	"birth_name" text,
	"birth_place" text NOT NULL,
	"birth_date" date NOT NULL,
	"mother_name" text NOT NULL,
	"citizenship" text,
	"residence" text NOT NULL,
	"representative_name" text,
	"representative_birth_place" text,
	"representative_birth_date" date,
	"representative_mother_name" text,
	"representative_residence" text,
	"activity" text NOT NULL,
	"place" text NOT NULL,
	"time_and_rest" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"subject_erased_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"center_id" uuid,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "erasure_requests_status_check" CHECK ("erasure_requests"."status" in ('requested', 'completed', 'rejected', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contract_templates" ADD CONSTRAINT "contract_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_templates" ADD CONSTRAINT "contract_templates_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_signed_recorded_by_user_id_users_id_fk" FOREIGN KEY ("signed_recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_contract_id_volunteer_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."volunteer_contracts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "volunteer_contracts_application_idx" ON "volunteer_contracts" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_contracts_live_idx" ON "volunteer_contracts" USING btree ("application_id") WHERE "volunteer_contracts"."status" <> 'void';--> statement-breakpoint
CREATE INDEX "volunteer_contracts_organization_idx" ON "volunteer_contracts" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "volunteer_contracts_volunteer_idx" ON "volunteer_contracts" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "register_entries_application_idx" ON "register_entries" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "register_entries_organization_idx" ON "register_entries" USING btree ("organization_id","starts_on");--> statement-breakpoint
CREATE INDEX "register_entries_volunteer_idx" ON "register_entries" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "erasure_requests_center_idx" ON "erasure_requests" USING btree ("center_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "erasure_requests_volunteer_idx" ON "erasure_requests" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_open_idx" ON "erasure_requests" USING btree ("volunteer_id") WHERE "erasure_requests"."status" = 'requested';