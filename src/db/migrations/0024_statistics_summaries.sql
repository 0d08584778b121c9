CREATE TABLE "annual_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"step" text,
	"pdf" "bytea",
	"xlsx" "bytea",
	"error" text,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "annual_reports_status_check" CHECK ("annual_reports"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "annual_reports_progress_check" CHECK ("annual_reports"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "approved_hour_months" (
	"application_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"month" date NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"point_id" uuid,
	"place_id" integer,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"minutes" integer NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "approved_hour_months_application_id_period_start_pk" PRIMARY KEY("application_id","period_start"),
	CONSTRAINT "approved_hour_months_minutes_check" CHECK ("approved_hour_months"."minutes" > 0 and "approved_hour_months"."entries" > 0)
);
--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approved_hour_months" ADD CONSTRAINT "approved_hour_months_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_reports_center_idx" ON "annual_reports" USING btree ("center_id","year","requested_at");--> statement-breakpoint
CREATE INDEX "annual_reports_queue_idx" ON "annual_reports" USING btree ("requested_at") WHERE "annual_reports"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "approved_hour_months_center_idx" ON "approved_hour_months" USING btree ("center_id","month");--> statement-breakpoint
CREATE INDEX "approved_hour_months_place_idx" ON "approved_hour_months" USING btree ("place_id","month");--> statement-breakpoint
CREATE INDEX "approved_hour_months_month_idx" ON "approved_hour_months" USING btree ("month");--> statement-breakpoint
CREATE INDEX "approved_hour_months_opportunity_idx" ON "approved_hour_months" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "approved_hour_months_organization_idx" ON "approved_hour_months" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "approved_hour_months_volunteer_idx" ON "approved_hour_months" USING btree ("volunteer_id","month");--> statement-breakpoint
-- ADR 024: approved minutes per placement and amount period, kept exact by the triggers below.
-- The period an approved day belongs to: its month, or from the day of the month a new minimum wage
-- is in force (so each summary row has one hour value).
CREATE FUNCTION approved_hour_period(day date) RETURNS date
  LANGUAGE sql STABLE
  AS $$
    SELECT greatest(
      date_trunc('month', day)::date,
      coalesce((SELECT max(effective_from) FROM legal_amounts WHERE kind = 'monthly_minimum_wage' AND effective_from <= day), date_trunc('month', day)::date)
    )
  $$;
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) one approved entry's minutes.
CREATE FUNCTION approved_hour_months_change(p_application uuid, p_day date, p_minutes integer, p_sign integer) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    p_period date := approved_hour_period(p_day);
  BEGIN
    IF p_sign > 0 THEN
      INSERT INTO approved_hour_months AS m
          (application_id, period_start, month, volunteer_id, organization_id, opportunity_id, center_id, point_id, place_id, causes, minutes, entries)
        SELECT a.id, p_period, date_trunc('month', p_day)::date, a.volunteer_id, o.organization_id, o.id, a.center_id,
               org.point_id, coalesce(o.place_id, org.place_id), o.causes, p_minutes, 1
          FROM applications a
          JOIN opportunities o ON o.id = a.opportunity_id
          JOIN organizations org ON org.id = o.organization_id
         WHERE a.id = p_application
      ON CONFLICT (application_id, period_start)
        DO UPDATE SET minutes = m.minutes + EXCLUDED.minutes, entries = m.entries + 1;
    ELSE
      DELETE FROM approved_hour_months WHERE application_id = p_application AND period_start = p_period AND entries = 1;
      IF NOT FOUND THEN
        UPDATE approved_hour_months SET minutes = minutes - p_minutes, entries = entries - 1
         WHERE application_id = p_application AND period_start = p_period;
      END IF;
    END IF;
  END
  $$;
--> statement-breakpoint
CREATE FUNCTION hour_entries_keep_approved_months() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' THEN
      PERFORM approved_hour_months_change(OLD.application_id, OLD.activity_day, OLD.minutes, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'approved' THEN
      PERFORM approved_hour_months_change(NEW.application_id, NEW.activity_day, NEW.minutes, 1);
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER hour_entries_approved_months AFTER INSERT OR DELETE OR UPDATE OF status, minutes, activity_day, application_id ON hour_entries
  FOR EACH ROW EXECUTE FUNCTION hour_entries_keep_approved_months();
--> statement-breakpoint
-- Where the work happened and for which causes follow the opportunity and its organization.
CREATE FUNCTION refresh_approved_hour_months_context() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'opportunities' THEN
      UPDATE approved_hour_months m
         SET organization_id = NEW.organization_id, place_id = coalesce(NEW.place_id, org.place_id), point_id = org.point_id, causes = NEW.causes
        FROM organizations org
       WHERE org.id = NEW.organization_id AND m.opportunity_id = NEW.id;
    ELSE
      UPDATE approved_hour_months m
         SET point_id = NEW.point_id, place_id = coalesce(o.place_id, NEW.place_id)
        FROM opportunities o
       WHERE o.id = m.opportunity_id AND m.organization_id = NEW.id;
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER opportunities_approved_hour_months AFTER UPDATE OF place_id, causes, organization_id ON opportunities
  FOR EACH ROW WHEN (OLD.place_id IS DISTINCT FROM NEW.place_id OR OLD.causes IS DISTINCT FROM NEW.causes OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
  EXECUTE FUNCTION refresh_approved_hour_months_context();
--> statement-breakpoint
CREATE TRIGGER organizations_approved_hour_months AFTER UPDATE OF place_id, point_id ON organizations
  FOR EACH ROW WHEN (OLD.place_id IS DISTINCT FROM NEW.place_id OR OLD.point_id IS DISTINCT FROM NEW.point_id)
  EXECUTE FUNCTION refresh_approved_hour_months_context();
--> statement-breakpoint
-- Recounts every month from `from_day`'s month on: after a minimum-wage row is added, moved or
-- removed (the periods change), and to fill the table (below, and after a bulk load in the benchmark).
CREATE FUNCTION rebuild_approved_hour_months(from_day date) RETURNS void
  LANGUAGE sql
  AS $$
    DELETE FROM approved_hour_months WHERE month >= date_trunc('month', from_day)::date;
    INSERT INTO approved_hour_months
        (application_id, period_start, month, volunteer_id, organization_id, opportunity_id, center_id, point_id, place_id, causes, minutes, entries)
      SELECT h.application_id, approved_hour_period(h.activity_day), date_trunc('month', h.activity_day)::date,
             a.volunteer_id, o.organization_id, o.id, a.center_id, org.point_id, coalesce(o.place_id, org.place_id), o.causes,
             sum(h.minutes)::int, count(*)::int
        FROM hour_entries h
        JOIN applications a ON a.id = h.application_id
        JOIN opportunities o ON o.id = a.opportunity_id
        JOIN organizations org ON org.id = o.organization_id
       WHERE h.status = 'approved' AND h.activity_day >= date_trunc('month', from_day)::date
       GROUP BY h.application_id, approved_hour_period(h.activity_day), date_trunc('month', h.activity_day)::date,
                a.volunteer_id, o.organization_id, o.id, a.center_id, org.point_id, coalesce(o.place_id, org.place_id), o.causes;
  $$;
--> statement-breakpoint
CREATE FUNCTION legal_amounts_rebuild_approved_hour_months() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      PERFORM rebuild_approved_hour_months(OLD.effective_from);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM rebuild_approved_hour_months(NEW.effective_from);
    ELSE
      PERFORM rebuild_approved_hour_months(least(OLD.effective_from, NEW.effective_from));
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER legal_amounts_approved_hour_months AFTER INSERT OR DELETE OR UPDATE OF effective_from, kind ON legal_amounts
  FOR EACH ROW EXECUTE FUNCTION legal_amounts_rebuild_approved_hour_months();
--> statement-breakpoint
SELECT rebuild_approved_hour_months('0001-01-01');
