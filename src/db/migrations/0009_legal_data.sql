CREATE TABLE "legal_amounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"effective_from" date NOT NULL,
	"amount_huf" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_amounts_kind_check" CHECK ("legal_amounts"."kind" in ('monthly_minimum_wage')),
	CONSTRAINT "legal_amounts_amount_check" CHECK ("legal_amounts"."amount_huf" > 0)
);
--> statement-breakpoint
CREATE TABLE "school_calendar_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"source" text NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_calendar_periods_kind_check" CHECK ("school_calendar_periods"."kind" in ('holiday', 'teaching_saturday')),
	CONSTRAINT "school_calendar_periods_range_check" CHECK ("school_calendar_periods"."starts_on" <= "school_calendar_periods"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "legal_amounts" ADD CONSTRAINT "legal_amounts_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_calendar_periods" ADD CONSTRAINT "school_calendar_periods_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_amounts_kind_day_idx" ON "legal_amounts" USING btree ("kind","effective_from");--> statement-breakpoint
CREATE INDEX "school_calendar_periods_day_idx" ON "school_calendar_periods" USING btree ("starts_on");--> statement-breakpoint
-- Legal data known when the tables were made (ADR 016), formerly constants in volunteer-law/: seeded here so every database, production included, has it. The national admin maintains it from now on.
INSERT INTO "legal_amounts" ("kind", "effective_from", "amount_huf", "source") VALUES
	('monthly_minimum_wage', '2025-01-01', 290800, 'HUNGARY.md §1.7: 290 800 Ft/hó 2025. január 1-jétől (https://nonprofit.hu/tudastar/A-minimalber-es-a-garantalt-berminimum-valtozasanak-hatasa-a-civil-szervezetekre-2025-januar-1-utan)'),
	('monthly_minimum_wage', '2026-01-01', 322800, 'VKF-megállapodás, 2025. december 4.: 322 800 Ft/hó 2026. január 1-jétől (https://mandiner.hu/belfold/2025/12/emelkedik-a-minimalber-ezek-az-allami-juttatasok-kovetik ; https://www.kontrolloffice.hu/l/minimalber-emeles-2026); a Magyar Közlönyben megjelent kormányrendelet számát pótolni kell');--> statement-breakpoint
-- 2025/2026 school year; the 2026/2027 decree was not available, so that year has no rows (term time throughout, the stricter limits).
INSERT INTO "school_calendar_periods" ("kind", "name", "starts_on", "ends_on", "source") VALUES
	('holiday', 'őszi szünet 2025', '2025-10-23', '2025-11-02', '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/)'),
	('holiday', 'téli szünet 2025/2026', '2025-12-20', '2026-01-04', '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/)'),
	('holiday', 'tavaszi szünet 2026', '2026-04-02', '2026-04-12', '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/)'),
	('holiday', 'nyári szünet 2026', '2026-06-20', '2026-08-31', '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/): az utolsó tanítási nap 2026. június 19., a tanév augusztus 31-éig tart'),
	('teaching_saturday', 'tanítási szombat (2025. október 24. helyett)', '2025-10-18', '2025-10-18', 'https://www.zaol.hu/helyi-kozelet/2025/10/oszi-szunet-tanitas-nelkuli-tanev');
