-- Deleted accounts' usernames stay reserved for good: old links to a profile and
-- @mentions of it must never come to point at someone else (README, "Accounts").
CREATE TABLE "retired_usernames" (
    "username" VARCHAR(30) NOT NULL,
    "retired_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retired_usernames_pkey" PRIMARY KEY ("username")
);

-- Every way a user row goes (the app's account deletion, a script, psql) retires its name.
-- TRUNCATE is not a deletion of accounts and fires nothing.
CREATE FUNCTION "retire_deleted_usernames"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "retired_usernames" ("username") SELECT "username" FROM deleted ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "users_retire_deleted_usernames"
  AFTER DELETE ON "users" REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION "retire_deleted_usernames"();

-- A retired name is refused as a unique violation of retired_usernames_pkey, which
-- lib/accounts/service.ts turns into a field message. The check runs AFTER the rows
-- are in the users index: a sign-up racing the deletion of the same name waits there
-- for the deletion to commit, and then sees its tombstone.
CREATE FUNCTION "refuse_retired_usernames"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken VARCHAR(30);
BEGIN
  SELECT r."username" INTO taken FROM added JOIN "retired_usernames" r USING ("username") LIMIT 1;
  IF taken IS NOT NULL THEN
    RAISE EXCEPTION 'The username "%" belonged to a deleted account and stays retired.', taken
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'retired_usernames_pkey', TABLE = 'users';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "users_refuse_retired_usernames_on_insert"
  AFTER INSERT ON "users" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_retired_usernames"();

CREATE TRIGGER "users_refuse_retired_usernames_on_update"
  AFTER UPDATE ON "users" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_retired_usernames"();
