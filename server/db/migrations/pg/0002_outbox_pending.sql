ALTER TABLE "outbox" ADD COLUMN "signup_id" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "pending_kind" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "origin" text;