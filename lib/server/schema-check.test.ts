import { describe, expect, it } from "vitest";
import { newestMigration } from "@/scripts/lib/migrations";
import { LATEST_MIGRATION, lacksMigration } from "./schema-check";

describe("the schema check at start", () => {
  it("names the newest migration of prisma/migrations", () => {
    expect(LATEST_MIGRATION, "set LATEST_MIGRATION in lib/server/schema-check.ts").toBe(newestMigration());
  });

  it("finds the newest migration applied to a migrated database, and not one it has not seen", async () => {
    expect(await lacksMigration()).toBe(false);
    expect(await lacksMigration("20991231000000_from_a_later_release")).toBe(true);
  });
});
