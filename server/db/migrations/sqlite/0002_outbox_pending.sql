ALTER TABLE `outbox` ADD `signup_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `pending_kind` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `origin` text;