-- The search near a settlement reads only this index (an index-only scan): the published
-- opportunities' coordinates with what the page's order and the organization join need. Without it
-- each match in the box costs a heap page (rows are large: description and tsvector).
CREATE INDEX opportunities_published_geo_idx ON opportunities (lat, lon) INCLUDE (published_at, id, organization_id) WHERE status = 'published';
