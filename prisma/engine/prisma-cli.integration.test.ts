/**
 * Runs the real, unmodified Prisma CLI against a real PostgreSQL through the bridge, the way the
 * project uses it: PRISMA_SCHEMA_ENGINE_BINARY is set only inside prisma.config.ts.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "../../scripts/lib/database";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";

const run = promisify(execFile);
const SHIM = fileURLToPath(new URL("./schema-engine", import.meta.url));
const PRISMA = fileURLToPath(new URL("../../node_modules/.bin/prisma", import.meta.url));
const CLI_TIMEOUT_MS = 120_000;

const USER_MODEL = `model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}`;

const USER_AND_POST_MODELS = `model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  authorId Int
}`;

let serverUrl: string;
let embedded: RunningPostgres | undefined;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  // The project's Vitest setup points DATABASE_URL at a server that allows CREATE DATABASE.
  embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  serverUrl = embedded?.serverUrl ?? databaseUrl(process.env.DATABASE_URL ?? "", "postgres");
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

afterAll(async () => {
  await embedded?.stop();
});

/** A throwaway project directory with its own database, like a fresh clone of a small app. */
async function createProject(models: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "schema-engine-bridge-"));
  const databaseName = uniqueDatabaseName("engine_bridge");
  const url = await createDatabase(serverUrl, databaseName);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  cleanups.push(() => dropDatabase(serverUrl, databaseName));

  const writeSchema = (schemaModels: string) =>
    writeFile(
      path.join(dir, "prisma/schema.prisma"),
      `datasource db {\n  provider = "postgresql"\n}\n\n${schemaModels}\n`,
    );
  await mkdir(path.join(dir, "prisma/migrations"), { recursive: true });
  await writeSchema(models);
  await writeFile(
    path.join(dir, "prisma.config.ts"),
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(SHIM)};
export default {
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
};
`,
  );

  return {
    dir,
    url,
    writeSchema,
    async prisma(...args: string[]): Promise<string> {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
      // Left to the project's prisma.config.ts, even where a native engine is configured.
      delete env.PRISMA_SCHEMA_ENGINE_BINARY;
      try {
        const { stdout, stderr } = await run(PRISMA, args, { cwd: dir, env });
        return stdout + stderr;
      } catch (error) {
        const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
        throw new Error(`prisma ${args.join(" ")} failed:\n${stdout}${stderr}`, { cause: error });
      }
    },
    async query<Row extends pg.QueryResultRow>(sql: string): Promise<Row[]> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<Row>(sql)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

type Project = Awaited<ReturnType<typeof createProject>>;

/** Writes the first migration the way the README describes for a new project, and applies it. */
async function createInitialMigration(project: Project): Promise<string> {
  const migrationDir = path.join(project.dir, "prisma/migrations/20250101000000_init");
  await mkdir(migrationDir);
  await writeFile(path.join(project.dir, "prisma/migrations/migration_lock.toml"), 'provider = "postgresql"\n');
  await project.prisma(
    "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script",
    "--output", path.join(migrationDir, "migration.sql"),
  );
  return readFile(path.join(migrationDir, "migration.sql"), "utf8");
}

describe("the Prisma CLI through the schema engine bridge", () => {
  it("deploys a migration written by `migrate diff`, idempotently, and reports it up to date", { timeout: CLI_TIMEOUT_MS }, async () => {
    const project = await createProject(USER_MODEL);

    const initSql = await createInitialMigration(project);
    expect(initSql).toContain('CREATE TABLE "User"');
    expect(initSql).toContain('CREATE UNIQUE INDEX "User_email_key"');

    expect(await project.prisma("migrate", "deploy")).toContain("All migrations have been successfully applied.");
    expect(await project.prisma("migrate", "deploy")).toContain("No pending migrations to apply.");
    expect(await project.prisma("migrate", "status")).toContain("Database schema is up to date!");

    const applied = await project.query<{ migration_name: string; finished: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations`,
    );
    expect(applied).toEqual([{ migration_name: "20250101000000_init", finished: true }]);
    await expect(project.query(`SELECT id, email FROM "User"`)).resolves.toEqual([]);
  });

  it("creates the next migration with `migrate dev --create-only` after a schema edit", { timeout: CLI_TIMEOUT_MS }, async () => {
    const project = await createProject(USER_MODEL);
    await createInitialMigration(project);
    await project.prisma("migrate", "deploy");

    await project.writeSchema(USER_AND_POST_MODELS);
    expect(await project.prisma("migrate", "dev", "--create-only", "--name", "add_posts")).toContain(
      "Prisma Migrate created the following migration without applying it",
    );

    const migrations = await readdir(path.join(project.dir, "prisma/migrations"));
    const addPosts = migrations.find((name) => name.endsWith("_add_posts"));
    expect(addPosts).toBeDefined();
    const sql = await readFile(path.join(project.dir, "prisma/migrations", addPosts ?? "", "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"name" TEXT;/);
    expect(sql).toContain('CREATE TABLE "Post"');
    expect(sql).toMatch(/FOREIGN KEY \("authorId"\) REFERENCES "User"\("id"\) ON DELETE CASCADE/);
    expect(sql).not.toContain('CREATE TABLE "User"');

    expect(await project.prisma("migrate", "deploy")).toContain("All migrations have been successfully applied.");
    expect(await project.prisma("migrate", "status")).toContain("Database schema is up to date!");
    // Replaying both migrations yields exactly the edited schema.
    expect(
      await project.prisma("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"),
    ).toContain("-- This is an empty migration.");

    const shadowDatabases = await project.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`,
    );
    expect(shadowDatabases).toEqual([]);
  });

  it("answers the CLI's database checks like the native engine", { timeout: CLI_TIMEOUT_MS }, async () => {
    const url = databaseUrl(serverUrl, uniqueDatabaseName("engine_bridge_missing"));
    const engineCli = async (command: string) => {
      const args = ["--datasource", JSON.stringify({ url }), "cli", command];
      const { stdout, stderr, code } = await run(SHIM, args).then(
        (output) => ({ ...output, code: 0 }),
        (error: { stdout: string; stderr: string; code: number }) => error,
      );
      return { stdout, code, logs: stderr.trimEnd().split("\n").map((line): unknown => JSON.parse(line)) };
    };

    const missing = await engineCli("can-connect-to-database");
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.logs.at(-1)).toMatchObject({
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { error_code: "P1003", is_panic: false },
    });

    const created = await engineCli("create-database");
    cleanups.push(() => dropDatabase(serverUrl, new URL(url).pathname.slice(1)));
    expect(created.code).toBe(0);
    expect((await engineCli("can-connect-to-database")).code).toBe(0);
  });
});
