-- Live updates (issue 15): signals for the server-sent events, through LISTEN/NOTIFY.
--
-- Every app process LISTENs on one channel, `commons_live` (lib/live/listener.ts), so a
-- signal reaches a reader connected to any instance with no other server. The payloads
-- carry an id only, never content: each stream asks the database what its reader may see.
--   n:<user id>  that user's notifications changed (a line added, joined, undone, or read)
--   p:<user id>  that user posted or reposted: the home feeds of their followers have news
--   s:<user id>  sessions of that user ended (logout, password change, suspension)
-- The triggers are statement-level (one pg_notify per distinct user of the statement, so a
-- bulk load sends one signal per person, not per row) and run inside the writer's
-- transaction: PostgreSQL delivers a NOTIFY at commit and drops it on rollback, so a signal
-- never announces a row that is not there. Notifications are signalled from
-- notification_groups itself, so every kind (like, follow, comment, and the kinds added
-- later) is covered by its triggers writing there.

-- PL/pgSQL: a SQL function returning VOID would stop after the first row, sending one signal.
CREATE FUNCTION "live_signal_users"(prefix TEXT, user_ids TEXT[]) RETURNS VOID AS $$
BEGIN
  PERFORM pg_notify('commons_live', prefix || ':' || user_id)
  FROM (SELECT DISTINCT unnest(user_ids) AS user_id) AS users;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "notification_groups_signal_new"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY(SELECT recipient_id FROM new_groups));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "notification_groups_signal_old"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY(SELECT recipient_id FROM old_groups));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "notification_groups_live_insert" AFTER INSERT ON "notification_groups"
  REFERENCING NEW TABLE AS new_groups FOR EACH STATEMENT EXECUTE FUNCTION notification_groups_signal_new();
CREATE TRIGGER "notification_groups_live_update" AFTER UPDATE ON "notification_groups"
  REFERENCING NEW TABLE AS new_groups FOR EACH STATEMENT EXECUTE FUNCTION notification_groups_signal_new();
CREATE TRIGGER "notification_groups_live_delete" AFTER DELETE ON "notification_groups"
  REFERENCING OLD TABLE AS old_groups FOR EACH STATEMENT EXECUTE FUNCTION notification_groups_signal_old();

-- Opening the notifications page moves the read mark: the bells of the reader's other tabs go to 0.
-- Row-level, because a statement trigger with transition tables cannot name columns; the
-- WHEN clause keeps it off every other update of users.
CREATE FUNCTION "users_signal_read"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY[NEW.id]);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_live_read" AFTER UPDATE OF "notifications_read_at" ON "users"
  FOR EACH ROW WHEN (NEW.notifications_read_at IS DISTINCT FROM OLD.notifications_read_at)
  EXECUTE FUNCTION users_signal_read();

CREATE FUNCTION "posts_signal_new"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('p', ARRAY(SELECT author_id FROM new_posts));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "posts_live_insert" AFTER INSERT ON "posts"
  REFERENCING NEW TABLE AS new_posts FOR EACH STATEMENT EXECUTE FUNCTION posts_signal_new();

CREATE FUNCTION "reposts_signal_new"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('p', ARRAY(SELECT user_id FROM new_reposts));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "reposts_live_insert" AFTER INSERT ON "reposts"
  REFERENCING NEW TABLE AS new_reposts FOR EACH STATEMENT EXECUTE FUNCTION reposts_signal_new();

CREATE FUNCTION "sessions_signal_ended"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('s', ARRAY(SELECT user_id FROM old_sessions));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "sessions_live_delete" AFTER DELETE ON "sessions"
  REFERENCING OLD TABLE AS old_sessions FOR EACH STATEMENT EXECUTE FUNCTION sessions_signal_ended();
