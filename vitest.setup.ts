import { beforeEach, inject, vi } from "vitest";
import { createDatabase, uniqueDatabaseName } from "./scripts/lib/database";

// Each test file runs against its own fresh, migrated database.
process.env.DATABASE_URL = await createDatabase(
  inject("databaseServerUrl"),
  uniqueDatabaseName(inject("databasePrefix")),
  inject("templateDatabase"),
);

// Server actions run outside a Next.js request here: see test/next/runtime.ts.
vi.mock("next/headers", async () => (await import("./test/next/runtime")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./test/next/runtime")).nextNavigation);
vi.mock("next/cache", async () => (await import("./test/next/runtime")).nextCache);

beforeEach(async () => {
  (await import("./test/next/runtime")).request.reset();
});
