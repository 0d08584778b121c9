CREATE TABLE "search_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"opportunity_id" uuid,
	"organization_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_changes_changed_idx" ON "search_changes" USING btree ("changed_at");--> statement-breakpoint
-- The in-process search index (ADR 021) follows these rows. A statement that changes more than a
-- thousand rows (an import, a generated data set) writes one "reload everything" row instead.
CREATE FUNCTION search_changes_of_opportunities() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF (SELECT count(*) FROM changed) > 1000 THEN
      INSERT INTO search_changes (opportunity_id) VALUES (NULL);
    ELSE
      INSERT INTO search_changes (opportunity_id) SELECT id FROM changed;
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER opportunities_search_changes_insert AFTER INSERT ON opportunities
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_opportunities();
--> statement-breakpoint
CREATE TRIGGER opportunities_search_changes_update AFTER UPDATE ON opportunities
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_opportunities();
--> statement-breakpoint
CREATE TRIGGER opportunities_search_changes_delete AFTER DELETE ON opportunities
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_opportunities();
--> statement-breakpoint
-- A shift added or removed changes its opportunity's dates.
CREATE FUNCTION search_changes_of_shifts() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF (SELECT count(DISTINCT opportunity_id) FROM changed) > 1000 THEN
      INSERT INTO search_changes (opportunity_id) VALUES (NULL);
    ELSE
      INSERT INTO search_changes (opportunity_id) SELECT DISTINCT opportunity_id FROM changed;
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER shifts_search_changes_insert AFTER INSERT ON shifts
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_shifts();
--> statement-breakpoint
CREATE TRIGGER shifts_search_changes_delete AFTER DELETE ON shifts
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_shifts();
--> statement-breakpoint
-- An updated shift counts only when its time, cancellation or opportunity changed: taking a seat
-- (seats_taken, on every application) writes nothing here.
CREATE FUNCTION search_changes_of_shift_updates() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO search_changes (opportunity_id)
      SELECT DISTINCT o FROM (
        SELECT unnest(ARRAY[c.opportunity_id, b.opportunity_id]) AS o
        FROM changed c JOIN previous b ON b.id = c.id
        WHERE c.starts_at IS DISTINCT FROM b.starts_at
           OR c.cancelled_at IS DISTINCT FROM b.cancelled_at
           OR c.opportunity_id IS DISTINCT FROM b.opportunity_id
      ) moved;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER shifts_search_changes_update AFTER UPDATE ON shifts
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_shift_updates();
--> statement-breakpoint
-- An organization approved, suspended or renamed: all of its opportunities.
CREATE FUNCTION search_changes_of_organizations() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO search_changes (organization_id)
      SELECT c.id FROM changed c JOIN previous b ON b.id = c.id
      WHERE c.status IS DISTINCT FROM b.status OR c.name IS DISTINCT FROM b.name;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER organizations_search_changes_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_organizations();
--> statement-breakpoint
-- The settlements change only by an import: reload everything.
CREATE FUNCTION search_changes_of_places() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO search_changes (opportunity_id) VALUES (NULL);
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER places_search_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON places
  FOR EACH STATEMENT EXECUTE FUNCTION search_changes_of_places();
