CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"locale" text NOT NULL,
	"status" text NOT NULL,
	"fields" jsonb NOT NULL,
	"body" text NOT NULL,
	"position" jsonb,
	"audio_file" text,
	"audio_type" text,
	"audio_bytes" integer,
	"audio_duration_ms" integer,
	"base_hash" text,
	"review_comment" text,
	"reviewer_id" text,
	"commit_sha" text,
	"publish_state" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"reviewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_open_unique" ON "submissions" USING btree ("author_id","kind","slug","locale") WHERE "submissions"."status" <> 'published';--> statement-breakpoint
CREATE INDEX "submissions_status" ON "submissions" USING btree ("status","submitted_at");