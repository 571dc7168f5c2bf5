import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoCommunity } from "@/prisma/seed/demo-community";
import { backupDatabase, restoreDatabase } from "./backup";
import { backupName, uploadsBeside } from "./backup-file";
import { createDatabase, uniqueDatabaseName, withClient } from "./database";

// A real round trip: the demo community (users, avatars, posts with images,
// comments, likes, follows) plus throttling rows, backed up and restored into
// a new database and a new upload folder.

let workDir: string;
let sourceUploads: string;
const previousUploadDir = process.env.UPLOAD_DIR;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "commons-backup-test-"));
  sourceUploads = path.join(workDir, "uploads");
  process.env.UPLOAD_DIR = sourceUploads;
  await seedDemoCommunity();
  await db.rateLimitEvent.createMany({ data: [1, 2, 3].map((n) => ({ bucket: "signup:ip", key: `203.0.113.${n}` })) });
  // Posts refer to posts (quotes): a quote whose row comes a batch before the post it quotes (rows
  // go in primary-key order, 1,000 a batch), and a quote of a deleted post, which keeps is_quote.
  const authorId = (await db.user.findFirstOrThrow()).id;
  await db.post.create({ data: { id: "zzzzquoted", authorId, text: "Quoted" } });
  await db.post.createMany({ data: Array.from({ length: 1_000 }, (_, n) => ({ id: `m${String(n).padStart(4, "0")}`, authorId, text: `Filler ${n}` })) });
  await db.post.create({ data: { id: "0000quote", authorId, text: "Quoting", quotedPostId: "zzzzquoted", isQuote: true } });
  await db.post.create({ data: { id: "0000orphan", authorId, text: "Quoting a deleted post", isQuote: true } });
  // A temporary file of an upload in progress does not belong in a backup.
  await writeFile(path.join(sourceUploads, ".partial.webp.tmp"), "half a file");
});

afterAll(async () => {
  process.env.UPLOAD_DIR = previousUploadDir;
  await rm(workDir, { recursive: true, force: true });
});

/** Row count and an md5 of every row (generated columns included) for each table. */
function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const table = pg.escapeIdentifier(name);
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  });
}

async function filesIn(directory: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(directory)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(directory, name))] as const)));
}

async function emptyDatabase(): Promise<string> {
  return createDatabase(inject("databaseServerUrl"), uniqueDatabaseName(`${inject("databasePrefix")}_restore`));
}

describe("backupName", () => {
  it("names a backup by its UTC time, without characters file systems reject", () => {
    expect(backupName(new Date("2026-11-21T03:15:00.123Z"))).toBe("commons-2026-11-21T03-15-00Z");
  });
});

describe("backup and restore", () => {
  it("bring back every row, every sequence and every upload byte for byte", async () => {
    const source = process.env.DATABASE_URL!;
    const backup = await backupDatabase(source, {
      directory: path.join(workDir, "backups"),
      uploadDir: sourceUploads,
      migrationsDir: "prisma/migrations",
      at: new Date("2026-11-21T03:15:00Z"),
    });
    expect(backup.dumpFile).toBe(path.join(workDir, "backups", "commons-2026-11-21T03-15-00Z.dump"));
    expect(backup.uploadsDir).toBe(path.join(workDir, "backups", "commons-2026-11-21T03-15-00Z-uploads"));

    const target = await emptyDatabase();
    const restoredUploads = path.join(workDir, "restored-uploads");
    const restored = await restoreDatabase(backup.dumpFile, target, { uploadDir: restoredUploads });

    const before = await fingerprint(source);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "users", "posts", "post_images", "comments", "likes", "follows", "rate_limit_events"]),
    );
    for (const table of ["users", "posts", "post_images", "comments", "likes", "follows", "rate_limit_events"]) {
      expect(before[table]!.rows, table).toBeGreaterThan(0);
    }
    expect(await fingerprint(target)).toEqual(before);
    expect(restored.rows).toEqual(Object.fromEntries(Object.entries(before).map(([table, { rows }]) => [table, rows])));

    const originals = await filesIn(sourceUploads);
    originals.delete(".partial.webp.tmp");
    const referenced = await db.postImage.count();
    expect(originals.size).toBeGreaterThan(referenced);
    expect(await filesIn(restoredUploads)).toEqual(originals);
    expect(restored.uploadFiles).toBe(originals.size);

    // Sequences continue where they were, so the next throttling row gets a fresh id.
    const nextIds = await Promise.all(
      [source, target].map((url) =>
        withClient(url, async (client) => {
          const { rows } = await client.query<{ id: string }>(
            "INSERT INTO rate_limit_events (bucket, key) VALUES ('signup:ip', '198.51.100.1') RETURNING id::text",
          );
          return rows[0]!.id;
        }),
      ),
    );
    expect(nextIds[1]).toBe(nextIds[0]);
  });

  it("restores a database whose tables are all empty", async () => {
    const source = await createDatabase(
      inject("databaseServerUrl"),
      uniqueDatabaseName(`${inject("databasePrefix")}_fresh`),
      inject("templateDatabase"),
    );
    const backup = await backupDatabase(source, {
      directory: path.join(workDir, "fresh"),
      uploadDir: path.join(workDir, "no-such-folder"),
      migrationsDir: "prisma/migrations",
    });
    const target = await emptyDatabase();
    await restoreDatabase(backup.dumpFile, target, { uploadDir: path.join(workDir, "fresh-restore") });

    const before = await fingerprint(source);
    expect(before.users).toEqual({ rows: 0, md5: expect.any(String) });
    expect(await fingerprint(target)).toEqual(before);
    expect(await readdir(path.join(workDir, "fresh-restore"))).toEqual([]);
  });

  it("refuses to restore into a database that has tables, and changes nothing there", async () => {
    const backup = await backupDatabase(process.env.DATABASE_URL!, {
      directory: path.join(workDir, "refusal"),
      uploadDir: sourceUploads,
      migrationsDir: "prisma/migrations",
    });
    const target = await emptyDatabase();
    await restoreDatabase(backup.dumpFile, target, { uploadDir: path.join(workDir, "first-restore") });
    await withClient(target, (client) => client.query("DELETE FROM likes"));
    const before = await fingerprint(target);

    await expect(restoreDatabase(backup.dumpFile, target, { uploadDir: path.join(workDir, "second-restore") })).rejects.toThrow(
      // The first five tables by name, whichever they are as tables are added.
      /Refusing to restore: database "\w+" is not empty \(tables: _prisma_migrations(, [a-z_]+){4}, …\)/,
    );
    expect(await fingerprint(target)).toEqual(before);
    await expect(readdir(path.join(workDir, "second-restore"))).rejects.toThrow(/ENOENT/);
  });

  it("leaves the database empty when the backup file is damaged", async () => {
    const backup = await backupDatabase(process.env.DATABASE_URL!, {
      directory: path.join(workDir, "damaged"),
      uploadDir: sourceUploads,
      migrationsDir: "prisma/migrations",
    });
    const bytes = await readFile(backup.dumpFile);
    await writeFile(backup.dumpFile, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const target = await emptyDatabase();

    await expect(restoreDatabase(backup.dumpFile, target, { uploadDir: path.join(workDir, "damaged-restore") })).rejects.toThrow(/unexpected end of file/);
    expect(await fingerprint(target)).toEqual({});
  });

  it("refuses a file that is not a backup, and a backup without its uploads", async () => {
    const notBackup = path.join(workDir, "notes.dump");
    await writeFile(notBackup, "just some text");
    await expect(restoreDatabase(notBackup, await emptyDatabase(), { uploadDir: workDir })).rejects.toThrow(/is not a Commons backup/);

    const backup = await backupDatabase(process.env.DATABASE_URL!, {
      directory: path.join(workDir, "no-uploads"),
      uploadDir: sourceUploads,
      migrationsDir: "prisma/migrations",
    });
    await rm(uploadsBeside(backup.dumpFile), { recursive: true });
    await expect(restoreDatabase(backup.dumpFile, await emptyDatabase(), { uploadDir: workDir })).rejects.toThrow(
      /uploads of this backup are missing/,
    );
  });

  it("never overwrites or removes an existing backup of the same second", async () => {
    const options = { directory: path.join(workDir, "same-second"), uploadDir: sourceUploads, migrationsDir: "prisma/migrations", at: new Date() };
    const first = await backupDatabase(process.env.DATABASE_URL!, options);
    const bytes = await readFile(first.dumpFile);

    await expect(backupDatabase(process.env.DATABASE_URL!, options)).rejects.toThrow(/EEXIST/);
    expect(await readFile(first.dumpFile)).toEqual(bytes);
  });

  it("refuses to back up a database whose migrations differ from the checkout's", async () => {
    const migrations = path.join(workDir, "edited-migrations");
    await cp("prisma/migrations", migrations, { recursive: true });
    const edited = path.join(migrations, "20261121000000_init", "migration.sql");
    await writeFile(edited, `${await readFile(edited, "utf8")}\n-- edited after it ran\n`);

    await expect(
      backupDatabase(process.env.DATABASE_URL!, { directory: path.join(workDir, "edited"), uploadDir: sourceUploads, migrationsDir: migrations }),
    ).rejects.toThrow(/differs from the migration that was applied/);
    expect(await readdir(path.join(workDir, "edited"))).toEqual([]);
  });
});
