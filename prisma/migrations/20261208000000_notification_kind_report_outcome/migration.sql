-- A reporter is told what became of their report (the next migration). A new enum value cannot
-- be used in the transaction that adds it, so its constraints are in the next migration.
ALTER TYPE "notification_kind" ADD VALUE 'report_outcome';
