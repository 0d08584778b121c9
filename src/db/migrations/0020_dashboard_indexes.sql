DROP INDEX "volunteers_center_idx";--> statement-breakpoint
CREATE INDEX "applications_center_updated_idx" ON "applications" USING btree ("center_id","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "volunteers_center_created_idx" ON "volunteers" USING btree ("center_id","created_at" DESC NULLS FIRST,"id");