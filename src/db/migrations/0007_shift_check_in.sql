CREATE TABLE "shift_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_out_at" timestamp with time zone,
	"hour_entry_id" uuid,
	CONSTRAINT "shift_check_ins_times_check" CHECK ("shift_check_ins"."checked_out_at" is null or "shift_check_ins"."checked_out_at" >= "shift_check_ins"."checked_in_at")
);
--> statement-breakpoint
ALTER TABLE "shifts" ADD COLUMN "check_in_code" text;--> statement-breakpoint
ALTER TABLE "shift_check_ins" ADD CONSTRAINT "shift_check_ins_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_check_ins" ADD CONSTRAINT "shift_check_ins_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_check_ins" ADD CONSTRAINT "shift_check_ins_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_check_ins" ADD CONSTRAINT "shift_check_ins_hour_entry_id_hour_entries_id_fk" FOREIGN KEY ("hour_entry_id") REFERENCES "public"."hour_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shift_check_ins_shift_idx" ON "shift_check_ins" USING btree ("shift_id","checked_in_at");--> statement-breakpoint
CREATE UNIQUE INDEX "shift_check_ins_open_idx" ON "shift_check_ins" USING btree ("shift_id","volunteer_id") WHERE "shift_check_ins"."checked_out_at" is null;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_check_in_code_unique" UNIQUE("check_in_code");