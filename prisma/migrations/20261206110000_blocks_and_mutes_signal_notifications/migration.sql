-- A block or a mute changes what a person's notifications show, and the unread count the bell
-- says, without a row of notification_groups changing: a block hides each account's actions
-- from the other, and the lines about comments under the other's posts; a mute hides the muted
-- account's actions from the muter (lib/notifications/queries.ts). Signalled as a change of
-- those people's notifications ('n:<user id>', migration 20261201151000_live_signals), so their
-- open pages count again and every process forgets the session rows it keeps for them
-- (lib/auth/kept-sessions.ts), as for any other change of the count.

CREATE FUNCTION "blocks_signal_notifications"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY(SELECT blocker_id FROM changed UNION SELECT blocked_id FROM changed));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "blocks_live_insert" AFTER INSERT ON "blocks"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION blocks_signal_notifications();
CREATE TRIGGER "blocks_live_delete" AFTER DELETE ON "blocks"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION blocks_signal_notifications();

CREATE FUNCTION "mutes_signal_notifications"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY(SELECT muter_id FROM changed));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "mutes_live_insert" AFTER INSERT ON "mutes"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mutes_signal_notifications();
CREATE TRIGGER "mutes_live_delete" AFTER DELETE ON "mutes"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mutes_signal_notifications();
