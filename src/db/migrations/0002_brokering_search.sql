-- Accent-insensitive Hungarian full-text search: "onkentes kornyezet" finds "Önkéntes környezetvédelmi …".
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION hu_unaccent (COPY = hungarian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION hu_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, hungarian_stem;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce(title, '')), 'A') ||
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce(description, '')), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX opportunities_search_idx ON opportunities USING gin (search);
--> statement-breakpoint
INSERT INTO causes (slug, name_hu, name_en, position) VALUES
  ('kornyezetvedelem', 'környezetvédelem', 'environment', 10),
  ('szocialis', 'szociális', 'social care', 20),
  ('egeszsegugy', 'egészségügy', 'health care', 30),
  ('oktatas', 'oktatás', 'education', 40),
  ('kultura', 'kultúra', 'culture', 50),
  ('sport', 'sport', 'sport', 60),
  ('allatvedelem', 'állatvédelem', 'animal welfare', 70),
  ('katasztrofavedelem', 'katasztrófavédelem', 'disaster relief', 80),
  ('gyermekek-fiatalok', 'gyermekek és fiatalok', 'children and youth', 90),
  ('idosek', 'idősek', 'older people', 100),
  ('fogyatekossag', 'fogyatékossággal élők', 'people with disabilities', 110),
  ('kozossegfejlesztes', 'közösségfejlesztés', 'community development', 120),
  ('hatranyos-helyzet', 'hátrányos helyzetűek', 'disadvantaged people', 130),
  ('orokseg', 'épített és természeti örökség', 'heritage', 140)
ON CONFLICT (slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO skills (slug, name_hu, name_en, position) VALUES
  ('elsosegely', 'elsősegély', 'first aid', 10),
  ('korrepetalas', 'korrepetálás', 'tutoring', 20),
  ('informatika', 'informatika', 'IT', 30),
  ('grafika', 'grafika és dizájn', 'graphic design', 40),
  ('fotozas', 'fotózás', 'photography', 50),
  ('fozes', 'főzés', 'cooking', 60),
  ('szervezes', 'rendezvényszervezés', 'event organising', 70),
  ('kommunikacio', 'kommunikáció, közösségi média', 'communication, social media', 80),
  ('forditas', 'fordítás', 'translation', 90),
  ('kezmuvesseg', 'kézművesség', 'crafts', 100),
  ('kerteszkedes', 'kertészkedés', 'gardening', 110),
  ('jogositvany', 'B kategóriás jogosítvány', 'driving licence (B)', 120),
  ('gondozas', 'idősgondozás', 'elderly care', 130),
  ('zene', 'zene', 'music', 140),
  ('sportedzes', 'sportedzés', 'sports coaching', 150),
  ('konyveles', 'könyvelés, pénzügyek', 'bookkeeping, finance', 160),
  ('jog', 'jogi ismeretek', 'legal knowledge', 170),
  ('barkacsolas', 'barkácsolás, javítás', 'DIY, repairs', 180)
ON CONFLICT (slug) DO NOTHING;
