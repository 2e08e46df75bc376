CREATE TABLE "reflections" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"signup_id" text,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"stop_slug" text,
	"first_name" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"photo" "bytea",
	"photo_width" integer,
	"photo_height" integer,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_signup_id_signups_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."signups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reflections_signup" ON "reflections" USING btree ("signup_id");--> statement-breakpoint
CREATE INDEX "reflections_event" ON "reflections" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "reflections_stop" ON "reflections" USING btree ("stop_slug","status");