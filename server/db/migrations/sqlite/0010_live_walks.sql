CREATE TABLE `live_followers` (
	`signup_id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`signup_id`) REFERENCES `signups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_followers_event` ON `live_followers` (`event_id`,`last_seen_at`);--> statement-breakpoint
CREATE TABLE `live_updates` (
	`event_id` text NOT NULL,
	`seq` integer NOT NULL,
	`change` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_updates_event_seq` ON `live_updates` (`event_id`,`seq`);--> statement-breakpoint
ALTER TABLE `events` ADD `live_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `live_status` text DEFAULT 'waiting' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `live_stop_index` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `live_position` text;