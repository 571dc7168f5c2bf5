-- A report outlives its reporter. Deleting an account took the reports it had filed with it, so a
-- person who reported harassment and then left took the report out of the moderators' queue before
-- anyone read it. The report stays now, filed by no one the queue can name ("a deleted account").
-- The open-once index leaves such reports alone: NULLs are distinct, and no one can file again
-- as a deleted account.
ALTER TABLE "reports" ALTER COLUMN "reporter_id" DROP NOT NULL;
ALTER TABLE "reports" DROP CONSTRAINT "reports_reporter_id_fkey";
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_fkey"
  FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
