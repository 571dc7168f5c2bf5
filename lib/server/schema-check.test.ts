import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LATEST_MIGRATION, lacksMigration } from "./schema-check";

describe("the schema check at start", () => {
  it("names the newest migration of prisma/migrations", () => {
    const folders = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(LATEST_MIGRATION, "set LATEST_MIGRATION in lib/server/schema-check.ts").toBe(folders.map((entry) => entry.name).sort().at(-1));
  });

  it("finds the newest migration applied to a migrated database, and not one it has not seen", async () => {
    expect(await lacksMigration()).toBe(false);
    expect(await lacksMigration("20991231000000_from_a_later_release")).toBe(true);
  });
});
