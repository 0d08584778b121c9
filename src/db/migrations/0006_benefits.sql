CREATE TABLE "benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"type" text NOT NULL,
	"given_on" date NOT NULL,
	"amount_huf" integer NOT NULL,
	"description" text,
	"reimbursement" boolean DEFAULT false NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_user_id" uuid,
	"deletion_reason" text,
	CONSTRAINT "benefits_amount_check" CHECK ("benefits"."amount_huf" >= 0),
	CONSTRAINT "benefits_type_check" CHECK ("benefits"."type" in ('travel', 'accommodation', 'meals', 'work_clothing', 'health_prevention', 'training', 'device_costs', 'reward')),
	CONSTRAINT "benefits_deletion_check" CHECK (("benefits"."deleted_at" is null) = ("benefits"."deletion_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_deleted_by_user_id_users_id_fk" FOREIGN KEY ("deleted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefits_application_idx" ON "benefits" USING btree ("application_id","given_on");--> statement-breakpoint
CREATE INDEX "benefits_volunteer_type_day_idx" ON "benefits" USING btree ("volunteer_id","type","given_on");--> statement-breakpoint
CREATE INDEX "benefits_organization_idx" ON "benefits" USING btree ("organization_id","given_on");