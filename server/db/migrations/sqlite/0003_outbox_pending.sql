ALTER TABLE `outbox` ADD `signup_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `pending_kind` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `origin` text;--> statement-breakpoint
CREATE INDEX `outbox_unwritten` ON `outbox` (`created_at`) WHERE "outbox"."pending_kind" IS NOT NULL;