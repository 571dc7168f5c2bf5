import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, inject, vi } from "vitest";
import { createDatabase, uniqueDatabaseName } from "./scripts/lib/database";

// Each test file runs against its own fresh, migrated database.
process.env.DATABASE_URL = await createDatabase(
  inject("databaseServerUrl"),
  uniqueDatabaseName(inject("databasePrefix")),
  inject("templateDatabase"),
);

// And stores its uploads in a folder of its own, inside the run's (removed with it, vitest.global-setup.ts):
// files another test file writes meanwhile (the demo seed's pictures) never show in a folder a test
// compares before and after what it refuses (test/invariants.ts).
process.env.UPLOAD_DIR = await mkdtemp(path.join(process.env.UPLOAD_DIR ?? tmpdir(), "file-"));

// Server actions run outside a Next.js request here: see test/next/runtime.ts.
vi.mock("next/headers", async () => (await import("./test/next/runtime")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./test/next/runtime")).nextNavigation);
vi.mock("next/cache", async () => (await import("./test/next/runtime")).nextCache);

beforeEach(async () => {
  (await import("./test/next/runtime")).request.reset();
});
