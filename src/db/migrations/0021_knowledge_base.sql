CREATE TABLE "knowledge_article_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"sort_key" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"category" text NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_checked_on" date,
	"reviewer_user_id" uuid,
	"edited_by" uuid,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_from" integer,
	CONSTRAINT "knowledge_article_versions_check" CHECK ("knowledge_article_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid,
	"slug" text NOT NULL,
	"kind" text DEFAULT 'article' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	"published_version" integer,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_articles_kind_check" CHECK ("knowledge_articles"."kind" in ('article', 'faq')),
	CONSTRAINT "knowledge_articles_status_check" CHECK ("knowledge_articles"."status" in ('draft', 'review', 'published')),
	CONSTRAINT "knowledge_articles_published_check" CHECK ("knowledge_articles"."status" <> 'published' or "knowledge_articles"."published_version" is not null)
);
--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_article_versions_idx" ON "knowledge_article_versions" USING btree ("article_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_articles_slug_idx" ON "knowledge_articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "knowledge_articles_center_idx" ON "knowledge_articles" USING btree ("center_id","status");--> statement-breakpoint
-- What the public search matches (only ever on an article's published version): accent-insensitive
-- Hungarian stems, the title above the summary above the body.
ALTER TABLE "knowledge_article_versions" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('hu_unaccent'::regconfig, coalesce("body", '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "knowledge_article_versions_search_idx" ON "knowledge_article_versions" USING gin ("search");
