-- AlterTable
ALTER TABLE "users" ADD COLUMN     "suspended_at" TIMESTAMPTZ(3);

-- Admins moderate and cannot be suspended: the rule holds whichever code path changes a user.
ALTER TABLE "users" ADD CONSTRAINT "users_admin_not_suspended_check" CHECK ("suspended_at" IS NULL OR "role" = 'USER');
