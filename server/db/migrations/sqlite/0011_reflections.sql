CREATE TABLE `reflections` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`signup_id` text,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`stop_slug` text,
	`first_name` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`photo` blob,
	`photo_width` integer,
	`photo_height` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`signup_id`) REFERENCES `signups`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reflections_signup` ON `reflections` (`signup_id`);--> statement-breakpoint
CREATE INDEX `reflections_event` ON `reflections` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `reflections_stop` ON `reflections` (`stop_slug`,`status`);