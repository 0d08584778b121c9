ALTER TABLE "applications" ADD COLUMN "offer_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shifts" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_offer_expiry_idx" ON "applications" USING btree ("offer_expires_at") WHERE "applications"."status" = 'offered';