-- Published opportunities by coordinates, with every column that the search near a settlement and
-- the matching rings filter and sort on: both read only this index (index-only scans) and visit
-- the table for the page's or short list's rows alone. Without it each opportunity in the box
-- costs a heap page (rows are large: description and tsvector).
CREATE INDEX opportunities_published_geo_idx ON opportunities (lat, lon)
  INCLUDE (published_at, id, organization_id, remote, kind, min_age, requires_conduct, requires_health, group_friendly, causes, skills)
  WHERE status = 'published';
--> statement-breakpoint
-- Remote opportunities newest first (matching asks them for every volunteer; few are remote, so the
-- general published index would walk through thousands of on-site ones to find them).
CREATE INDEX opportunities_published_remote_idx ON opportunities (published_at) WHERE status = 'published' AND remote;
