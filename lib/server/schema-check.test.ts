import { describe, expect, it } from "vitest";
import { newestMigration } from "@/scripts/lib/migrations";
import { db } from "@/lib/db";
import { healthResponse } from "@/lib/health";
import { LATEST_MIGRATION, lacksMigration } from "./schema-check";

describe("the schema check at start", () => {
  it("names the newest migration of prisma/migrations", () => {
    expect(LATEST_MIGRATION, "set LATEST_MIGRATION in lib/server/schema-check.ts").toBe(newestMigration());
  });

  it("finds the newest migration applied to a migrated database, and not one it has not seen", async () => {
    expect(await lacksMigration()).toBe(false);
    expect(await lacksMigration("20991231000000_from_a_later_release")).toBe(true);
  });

  it("finds a database never migrated behind, and says so to the health check", async () => {
    // This file's own copy of the database: its migrations table is set aside, then put back.
    await db.$executeRaw`ALTER TABLE _prisma_migrations RENAME TO prisma_migrations_set_aside`;
    try {
      expect(await lacksMigration()).toBe(true);
      const answer = await healthResponse();
      expect([answer.status, await answer.json()]).toMatchObject([503, { status: "degraded", database: "behind" }]);
    } finally {
      await db.$executeRaw`ALTER TABLE prisma_migrations_set_aside RENAME TO _prisma_migrations`;
    }
    const answer = await healthResponse();
    expect([answer.status, await answer.json()]).toMatchObject([200, { status: "ok", database: "ok" }]);
  });
});
