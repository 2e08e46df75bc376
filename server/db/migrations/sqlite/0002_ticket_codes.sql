-- SQLite adds a NOT NULL column only with a constant default; every row gets a real code at once below.
ALTER TABLE `signups` ADD `checkin_code` text NOT NULL DEFAULT '';--> statement-breakpoint
-- Existing sign-ups: 48 random bits as 12 hex digits, which are all in the ticket alphabet (shared/utils/ticketCode.ts).
UPDATE `signups` SET `checkin_code` = upper(hex(randomblob(6)));--> statement-breakpoint
CREATE UNIQUE INDEX `signups_checkin_code_unique` ON `signups` (`checkin_code`);
