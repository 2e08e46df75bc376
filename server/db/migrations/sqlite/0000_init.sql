CREATE TABLE `event_organisers` (
	`event_id` text NOT NULL,
	`user_id` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_organisers_pair` ON `event_organisers` (`event_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`walk_slug` text,
	`stop_slugs` text NOT NULL,
	`meeting_lat_e6` integer NOT NULL,
	`meeting_lng_e6` integer NOT NULL,
	`meeting_note` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_min` integer NOT NULL,
	`capacity` integer NOT NULL,
	`guide_languages` text NOT NULL,
	`signup_deadline` integer NOT NULL,
	`descriptions` text NOT NULL,
	`status` text NOT NULL,
	`signup_seq` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_status_starts` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`ics_attachment` text,
	`sent_at` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `outbox_unsent` ON `outbox` (`sent_at`);--> statement-breakpoint
CREATE TABLE `signups` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`token` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`name` text,
	`email` text,
	`email_key` text,
	`contact` text,
	`university` text,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`seq` integer NOT NULL,
	`consent_at` integer NOT NULL,
	`checked_in_at` integer,
	`reminded_at` integer,
	`personal_data_deleted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signups_token_unique` ON `signups` (`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `signups_event_idempotency` ON `signups` (`event_id`,`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `signups_event_email` ON `signups` (`event_id`,`email_key`);--> statement-breakpoint
CREATE INDEX `signups_event_status_seq` ON `signups` (`event_id`,`status`,`seq`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);