import { createHash } from "node:crypto";
import { cp, mkdir, open, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { type TableLayout, createMissingTables, fetchSequences, fetchTableLayouts, listTables, setSequences } from "./backup-catalog";
import {
  BATCH_ROWS,
  type Batch,
  FORMAT,
  type Header,
  VERSION,
  backupName,
  copyUploads,
  countFiles,
  readHeader,
  readLines,
  uploadsBeside,
} from "./backup-file";




export type BackupSummary = { dumpFile: string; uploadsDir: string; rows: Record<string, number>; bytes: number; uploadFiles: number };


/**
 * Writes a consistent snapshot of the database (one repeatable-read
 * transaction) and a copy of the upload folder into `directory`.
 */
export async function backupDatabase(
  databaseUrl: string,
  options: { directory: string; uploadDir: string; migrationsDir: string; at?: Date },
): Promise<BackupSummary> {
  await mkdir(options.directory, { recursive: true });
  const dumpFile = path.join(options.directory, `${backupName(options.at ?? new Date())}.dump`);
  // Created here, before anything can fail, so a failure only ever removes this run's own file.
  const output = await open(dumpFile, "wx");
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await fetchTableLayouts(client);
    const counted: Header["tables"] = [];
    for (const table of tables) counted.push({ ...table, rows: await countRows(client, table.name) });
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client, options.migrationsDir),
      tables: counted,
      sequences: await fetchSequences(client),
    };
    await pipeline(dumpLines(client, header), createGzip(), output.createWriteStream());
    await client.query("COMMIT");
  } catch (error) {
    await rm(dumpFile, { force: true });
    throw error;
  } finally {
    await output.close().catch(() => undefined);
    await client.end();
  }

  // After the snapshot: files are only ever added or deleted, never changed, so every file a
  // snapshot row names is still there, unless its row was deleted since (then it is not missed).
  const uploadsDir = uploadsBeside(dumpFile);
  await copyUploads(options.uploadDir, uploadsDir);
  const rows = Object.fromEntries((await readHeader(dumpFile)).tables.map((table) => [table.name, table.rows]));
  return { dumpFile, uploadsDir, rows, bytes: (await stat(dumpFile)).size, uploadFiles: await countFiles(uploadsDir) };
}

async function* dumpLines(client: pg.Client, header: Header): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of header.tables) {
    const columns = table.columns.map((column) => `${pg.escapeIdentifier(column.name)}::text`).join(", ");
    const order = table.primaryKey.map(pg.escapeIdentifier).join(", ");
    await client.query(
      `DECLARE dump NO SCROLL CURSOR FOR SELECT ${columns} FROM ${pg.escapeIdentifier(table.name)}${order ? ` ORDER BY ${order}` : ""}`,
    );
    for (;;) {
      const { rows } = await client.query<(string | null)[]>({ text: `FETCH ${BATCH_ROWS} FROM dump`, rowMode: "array" });
      if (rows.length === 0) break;
      yield `${JSON.stringify({ table: table.name, rows } satisfies Batch)}\n`;
    }
    await client.query("CLOSE dump");
  }
}

/**
 * The migrations recorded as applied, with their SQL from `migrationsDir`.
 * The file must be the one that ran (Prisma's checksum), or the restored
 * schema would not be the backed-up one.
 */
async function appliedMigrations(client: pg.Client, migrationsDir: string): Promise<Header["migrations"]> {
  const { rows: found } = await client.query<{ table: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS table");
  if (!found[0]?.table) throw new Error("This database has never been migrated: there is nothing to back up.");
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return Promise.all(
    rows.map(async ({ migration_name: name, checksum }) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch(() => {
        throw new Error(`Migration ${name} is applied to the database but ${file} is missing. Back up from the checkout that migrated it.`);
      });
      if (createHash("sha256").update(sql).digest("hex") !== checksum) {
        throw new Error(`${file} differs from the migration that was applied to the database. Back up from the checkout that migrated it.`);
      }
      return { name, sql };
    }),
  );
}

async function countRows(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${pg.escapeIdentifier(table)}`);
  return Number(rows[0]!.count);
}

export type RestoreSummary = { rows: Record<string, number>; uploadFiles: number };

/**
 * Restores a backup into an empty database, in one transaction (a failure
 * leaves the database empty), then copies the uploads back. Files already in
 * the upload folder stay: names are content hashes, so a same-named file is the same file.
 */
export async function restoreDatabase(
  dumpFile: string,
  databaseUrl: string,
  options: { uploadDir: string },
): Promise<RestoreSummary> {
  const header = await readHeader(dumpFile);
  const uploadsDir = uploadsBeside(dumpFile);
  if (!(await stat(uploadsDir).then((found) => found.isDirectory(), () => false))) {
    throw new Error(`The uploads of this backup are missing: expected the folder ${uploadsDir}.`);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await refuseUnlessEmpty(client);
    await client.query("BEGIN");
    for (const migration of header.migrations) await client.query(migration.sql);
    await createMissingTables(client, header.tables);
    // A table that refers to itself (posts: quotes) may have a row before the one it names;
    // such keys are DEFERRABLE, so they are checked once every row is in.
    await client.query("SET CONSTRAINTS ALL DEFERRED");
    // The rows triggers derive (notifications, hidden counts) are in the backup already:
    // running the triggers again would count them twice. Foreign keys stay checked.
    await setUserTriggers(client, header.tables, "DISABLE");
    const restored = await loadRows(client, dumpFile, header);
    // Every row is in: check the deferred keys now, as a table cannot change with checks pending.
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    await setUserTriggers(client, header.tables, "ENABLE");
    for (const table of header.tables) {
      if ((restored.get(table.name) ?? 0) !== table.rows) {
        throw new Error(`The backup is incomplete: ${table.name} should have ${table.rows} rows, found ${restored.get(table.name) ?? 0}.`);
      }
    }
    await setSequences(client, header.sequences);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  await mkdir(options.uploadDir, { recursive: true });
  await cp(uploadsDir, options.uploadDir, { recursive: true, force: false });
  return {
    rows: Object.fromEntries(header.tables.map((table) => [table.name, table.rows])),
    uploadFiles: await countFiles(uploadsDir),
  };
}

async function setUserTriggers(client: pg.Client, tables: { name: string }[], state: "DISABLE" | "ENABLE"): Promise<void> {
  for (const table of tables) await client.query(`ALTER TABLE ${pg.escapeIdentifier(table.name)} ${state} TRIGGER USER`);
}

async function refuseUnlessEmpty(client: pg.Client): Promise<void> {
  const tables = await listTables(client);
  if (tables.length === 0) return;
  const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name;
  throw new Error(
    `Refusing to restore: database "${database}" is not empty (tables: ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""}). ` +
      "Restore into a new, empty database (for the embedded one: stop the app and delete .data/postgres).",
  );
}

async function loadRows(client: pg.Client, dumpFile: string, header: Header): Promise<Map<string, number>> {
  const layouts = new Map(header.tables.map((table) => [table.name, table]));
  const restored = new Map<string, number>();
  let first = true;
  for await (const line of readLines(dumpFile)) {
    if (first) {
      first = false;
      continue;
    }
    const batch = JSON.parse(line) as Batch;
    const table = layouts.get(batch.table);
    if (!table) throw new Error(`The backup has rows for ${batch.table}, which its header does not describe.`);
    await insertBatch(client, table, batch.rows);
    restored.set(table.name, (restored.get(table.name) ?? 0) + batch.rows.length);
  }
  return restored;
}

/** One INSERT per batch: one text array per column, each value cast back to its column's type. */
async function insertBatch(client: pg.Client, table: TableLayout, rows: (string | null)[][]): Promise<void> {
  const names = table.columns.map((column) => pg.escapeIdentifier(column.name));
  const arrays = table.columns.map((_, index) => `$${index + 1}::text[]`);
  const casts = table.columns.map((column, index) => `u.c${index}::${column.type}`);
  await client.query(
    `INSERT INTO ${pg.escapeIdentifier(table.name)} (${names.join(", ")})
     SELECT ${casts.join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${table.columns.map((_, index) => `c${index}`).join(", ")})`,
    table.columns.map((_, index) => rows.map((row) => row[index] ?? null)),
  );
}


