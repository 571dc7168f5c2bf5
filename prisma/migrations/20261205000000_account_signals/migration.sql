-- Account signals, for the sessions each app process keeps (lib/auth/kept-sessions.ts).
--
-- A process keeps the row of a session it has read, so that a signed-in page does not ask the
-- database who its reader is on every load. That row holds what every page shows of its
-- reader: name, picture, role, theme, whether the address is verified, and, through
-- accountRowShown, whether the account is suspended. When any of those changes, every process
-- must forget the rows it keeps for that user, on the channel of the live updates:
--   u:<user id>  what a signed-in page shows of that user changed
-- Sessions ending (s:) and the unread count (n:) already have their signals (20261201151000_live_signals).
-- Row-level, as users_live_read: a statement trigger with transition tables cannot name columns.

CREATE FUNCTION "users_signal_account"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('u', ARRAY[NEW.id]);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_live_account"
  AFTER UPDATE OF "username", "display_name", "avatar_key", "role", "theme", "suspended_at", "email_verified_at" ON "users"
  FOR EACH ROW WHEN (
    (NEW.username, NEW.display_name, NEW.avatar_key, NEW.role, NEW.theme, NEW.suspended_at, NEW.email_verified_at)
    IS DISTINCT FROM (OLD.username, OLD.display_name, OLD.avatar_key, OLD.role, OLD.theme, OLD.suspended_at, OLD.email_verified_at))
  EXECUTE FUNCTION users_signal_account();
