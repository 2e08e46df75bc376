CREATE TABLE "live_followers" (
	"signup_id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"last_seen_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_updates" (
	"event_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"change" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "live_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "live_status" text DEFAULT 'waiting' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "live_stop_index" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "live_position" jsonb;--> statement-breakpoint
ALTER TABLE "live_followers" ADD CONSTRAINT "live_followers_signup_id_signups_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."signups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_followers" ADD CONSTRAINT "live_followers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_updates" ADD CONSTRAINT "live_updates_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_followers_event" ON "live_followers" USING btree ("event_id","last_seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "live_updates_event_seq" ON "live_updates" USING btree ("event_id","seq");