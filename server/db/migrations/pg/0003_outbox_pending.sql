ALTER TABLE "outbox" ADD COLUMN "signup_id" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "pending_kind" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "origin" text;--> statement-breakpoint
CREATE INDEX "outbox_unwritten" ON "outbox" USING btree ("created_at") WHERE "outbox"."pending_kind" IS NOT NULL;