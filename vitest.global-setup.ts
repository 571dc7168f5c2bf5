import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabasesWithPrefix, uniqueDatabaseName } from "./scripts/lib/database";
import { startEmbeddedPostgres } from "./scripts/lib/embedded-postgres";
import { runPrisma } from "./scripts/lib/prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
    databasePrefix: string;
  }
}

/**
 * One PostgreSQL server per run (embedded unless DATABASE_URL names one), and
 * a template database migrated through the real Prisma CLI. Every test file
 * then gets its own copy of the template (see vitest.setup.ts).
 */
export default async function setup(project: TestProject) {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const serverUrl = embedded?.serverUrl ?? process.env.DATABASE_URL!;
  const prefix = uniqueDatabaseName("test");
  const template = `${prefix}_template`;
  try {
    await runPrisma(["migrate", "deploy"], await createDatabase(serverUrl, template), { quiet: true });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  const uploads = await mkdtemp(path.join(tmpdir(), "commons-uploads-"));
  process.env.UPLOAD_DIR = uploads;

  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("databasePrefix", prefix);

  return async () => {
    if (embedded) await embedded.stop();
    else await dropDatabasesWithPrefix(serverUrl, prefix);
    await rm(uploads, { recursive: true, force: true });
  };
}
