import { describe, expect, inject, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "./database";
import { missingDatabaseProblem } from "./existing-database";

describe("the database `npm start` is to migrate", () => {
  it("is refused, with the statement that makes it, when DATABASE_URL names one the server lacks", async () => {
    const name = `${inject("databasePrefix")}_never_made`;
    expect(await missingDatabaseProblem(databaseUrl(inject("databaseServerUrl"), name))).toBe(
      `The database "${name}" that DATABASE_URL names does not exist. Create it with byte-order collation (DEPLOY.md): CREATE DATABASE "${name}" TEMPLATE template0 LC_COLLATE 'C';`,
    );
  });

  it("passes one that exists, and leaves other failures to the migration's own message", async () => {
    const name = `${inject("databasePrefix")}_made`;
    const url = await createDatabase(inject("databaseServerUrl"), name);
    try {
      expect(await missingDatabaseProblem(url)).toBeNull();
    } finally {
      await dropDatabase(inject("databaseServerUrl"), name);
    }
    // Nothing listens on port 1: the migration says so itself.
    const unreachable = new URL(inject("databaseServerUrl"));
    unreachable.port = "1";
    expect(await missingDatabaseProblem(unreachable.toString())).toBeNull();
  });
});
