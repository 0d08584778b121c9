-- The text search finds an opportunity also by the names around it: its causes and skills (Hungarian
-- and English), its organization and its settlement. Those names live in other tables, so a trigger
-- copies them into search_context, from which the generated tsvector is built like title and
-- description. Weights: title A, the names B, description C, so a title, cause, skill or
-- organization match ranks above a description-only one.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Lower-case and accent-free ("Környezetvédelem" → "kornyezetvedelem"), for trigram matching. unaccent
-- comes before lower: lower() in the C locale leaves "Ö" as it is. Declared immutable so an index
-- can use it (the unaccent rules do not change under a running database).
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
-- The names an opportunity is found by besides its own text.
CREATE FUNCTION opportunity_search_context(cause_slugs text[], skill_slugs text[], org_id uuid, place integer) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    select concat_ws(' ',
      (select string_agg(c.name_hu || ' ' || c.name_en, ' ' order by c.position) from causes c where c.slug = any(cause_slugs)),
      (select string_agg(s.name_hu || ' ' || s.name_en, ' ' order by s.position) from skills s where s.slug = any(skill_slugs)),
      (select org.name from organizations org where org.id = org_id),
      (select p.name from places p where p.id = place))
  $$;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN search_context text NOT NULL DEFAULT '';
--> statement-breakpoint
UPDATE opportunities SET search_context = opportunity_search_context(causes, skills, organization_id, place_id);
--> statement-breakpoint
ALTER TABLE opportunities DROP COLUMN search;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce(title, '')), 'A') ||
  setweight(to_tsvector('hu_unaccent'::regconfig, search_context), 'B') ||
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce(description, '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX opportunities_search_idx ON opportunities USING gin (search);
--> statement-breakpoint
-- "Erre gondoltál: …": the words of published opportunities' titles and names, by trigram
-- (word_similarity), only read when a text search found nothing.
CREATE INDEX opportunities_search_words_idx ON opportunities USING gin (search_fold(title || ' ' || search_context) gin_trgm_ops)
  WHERE status = 'published';
--> statement-breakpoint
-- Kept in step: an opportunity's own change of causes, skills, organization or place …
CREATE FUNCTION opportunities_fill_search_context() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW.search_context := opportunity_search_context(NEW.causes, NEW.skills, NEW.organization_id, NEW.place_id);
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER opportunities_search_context BEFORE INSERT OR UPDATE OF causes, skills, organization_id, place_id ON opportunities
  FOR EACH ROW EXECUTE FUNCTION opportunities_fill_search_context();
--> statement-breakpoint
-- … and a renamed organization, cause, skill or settlement: its opportunities are rewritten (and
-- re-indexed). Only on a real change of a name (WHEN), so an import that rewrites every settlement
-- with the same names costs nothing.
-- One function for the four tables (PL/pgSQL compiles a trigger function per table, so NEW.id is a
-- uuid for organizations and an integer for places); each UPDATE finds the rows by an index, except
-- places (no index on place_id: a settlement's name changes once in years).
CREATE FUNCTION refresh_opportunity_search_context() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'organizations' THEN
      UPDATE opportunities o SET search_context = opportunity_search_context(o.causes, o.skills, o.organization_id, o.place_id)
        WHERE o.organization_id = NEW.id;
    ELSIF TG_TABLE_NAME = 'causes' THEN
      UPDATE opportunities o SET search_context = opportunity_search_context(o.causes, o.skills, o.organization_id, o.place_id)
        WHERE o.causes @> ARRAY[NEW.slug];
    ELSIF TG_TABLE_NAME = 'skills' THEN
      UPDATE opportunities o SET search_context = opportunity_search_context(o.causes, o.skills, o.organization_id, o.place_id)
        WHERE o.skills @> ARRAY[NEW.slug];
    ELSE
      UPDATE opportunities o SET search_context = opportunity_search_context(o.causes, o.skills, o.organization_id, o.place_id)
        WHERE o.place_id = NEW.id;
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER organizations_search_context AFTER UPDATE OF name ON organizations
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION refresh_opportunity_search_context();
--> statement-breakpoint
CREATE TRIGGER causes_search_context AFTER UPDATE OF name_hu, name_en ON causes
  FOR EACH ROW WHEN (OLD.name_hu IS DISTINCT FROM NEW.name_hu OR OLD.name_en IS DISTINCT FROM NEW.name_en)
  EXECUTE FUNCTION refresh_opportunity_search_context();
--> statement-breakpoint
CREATE TRIGGER skills_search_context AFTER UPDATE OF name_hu, name_en ON skills
  FOR EACH ROW WHEN (OLD.name_hu IS DISTINCT FROM NEW.name_hu OR OLD.name_en IS DISTINCT FROM NEW.name_en)
  EXECUTE FUNCTION refresh_opportunity_search_context();
--> statement-breakpoint
CREATE TRIGGER places_search_context AFTER UPDATE OF name ON places
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION refresh_opportunity_search_context();
