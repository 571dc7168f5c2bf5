import { inject } from "vitest";
import { createDatabase, uniqueDatabaseName } from "./scripts/lib/database";

// Each test file runs against its own fresh, migrated database.
process.env.DATABASE_URL = await createDatabase(
  inject("databaseServerUrl"),
  uniqueDatabaseName(inject("databasePrefix")),
  inject("templateDatabase"),
);
