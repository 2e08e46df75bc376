ALTER TABLE "signups" ADD COLUMN "checkin_code" text;--> statement-breakpoint
-- Existing sign-ups: the first 48 bits of a random UUID as 12 hex digits, all in the ticket alphabet (shared/utils/ticketCode.ts).
UPDATE "signups" SET "checkin_code" = upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12));--> statement-breakpoint
ALTER TABLE "signups" ALTER COLUMN "checkin_code" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "signups_checkin_code_unique" ON "signups" USING btree ("checkin_code");
