CREATE TABLE `submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`author_id` text NOT NULL,
	`kind` text NOT NULL,
	`slug` text NOT NULL,
	`locale` text NOT NULL,
	`status` text NOT NULL,
	`fields` text NOT NULL,
	`body` text NOT NULL,
	`position` text,
	`audio_file` text,
	`audio_type` text,
	`audio_bytes` integer,
	`audio_duration_ms` integer,
	`base_hash` text,
	`review_comment` text,
	`reviewer_id` text,
	`commit_sha` text,
	`publish_state` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`submitted_at` integer,
	`reviewed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_open_unique` ON `submissions` (`author_id`,`kind`,`slug`,`locale`) WHERE "submissions"."status" <> 'published';--> statement-breakpoint
CREATE INDEX `submissions_status` ON `submissions` (`status`,`submitted_at`);