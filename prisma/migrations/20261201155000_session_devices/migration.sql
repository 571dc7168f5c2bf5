-- What the sessions page shows of each signed-in device: the browser it signed
-- in from, its last address, and roughly when it was last used. getCurrentUser
-- moves last_seen_at (and the address) at most once every few minutes, in the
-- statement that checks the session, so a page view stays one statement.
ALTER TABLE "sessions"
    ADD COLUMN "user_agent" VARCHAR(512) NOT NULL DEFAULT '',
    ADD COLUMN "ip" VARCHAR(45),
    ADD COLUMN "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "sessions" SET "last_seen_at" = "created_at";
