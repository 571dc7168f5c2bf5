import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoCommunity } from "@/prisma/seed/demo-community";
import { backupDatabase, restoreDatabase } from "./backup";
import { backupName, uploadsBeside } from "./backup-file";
import { createDatabase, uniqueDatabaseName, withClient } from "./database";
import { isFileKey } from "@/lib/uploads/file-key";
import { localStore } from "@/lib/uploads/local-store";
import { s3Store } from "@/lib/uploads/s3-store";
import { readStorageConfig } from "@/lib/uploads/storage-config";
import { startS3Server } from "./s3-server";

// A real round trip through pg_dump and pg_restore (the client tools on PATH) against the
// test server: the demo community (users, avatars, posts with images, comments, likes,
// follows) plus throttling rows and quotes, restored into a new database and upload folder.

let workDir: string;
let sourceUploads: string;
const previousUploadDir = process.env.UPLOAD_DIR;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "commons-backup-test-"));
  sourceUploads = path.join(workDir, "uploads");
  process.env.UPLOAD_DIR = sourceUploads;
  await seedDemoCommunity();
  await db.rateLimitEvent.createMany({ data: [1, 2, 3].map((n) => ({ bucket: "signup:ip", key: `203.0.113.${n}` })) });
  // Posts refer to posts (quotes): a quote whose row sorts before the post it quotes, and a
  // quote of a deleted post, which keeps is_quote.
  const authorId = (await db.user.findFirstOrThrow()).id;
  await db.post.create({ data: { id: "zzzzquoted", authorId, text: "Quoted" } });
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

function backUp(directory: string, at?: Date) {
  return backupDatabase(process.env.DATABASE_URL!, { directory: path.join(workDir, directory), uploads: localStore(sourceUploads), at });
}

describe("backupName", () => {
  it("names a backup by its UTC time, without characters file systems reject", () => {
    expect(backupName(new Date("2026-11-21T03:15:00.123Z"))).toBe("commons-2026-11-21T03-15-00Z");
  });
});

describe("backup and restore", () => {
  it("bring back every row, every sequence and every upload byte for byte", async () => {
    const source = process.env.DATABASE_URL!;
    const backup = await backUp("backups", new Date("2026-11-21T03:15:00Z"));
    expect(backup.dumpFile).toBe(path.join(workDir, "backups", "commons-2026-11-21T03-15-00Z.dump"));
    expect(backup.uploadsDir).toBe(path.join(workDir, "backups", "commons-2026-11-21T03-15-00Z-uploads"));
    // pg_dump's custom format, which every PostgreSQL administrator's pg_restore reads.
    expect((await readFile(backup.dumpFile)).subarray(0, 5).toString()).toBe("PGDMP");

    const target = await emptyDatabase();
    const restoredUploads = path.join(workDir, "restored-uploads");
    const restored = await restoreDatabase(backup.dumpFile, target, { uploads: localStore(restoredUploads) });

    const before = await fingerprint(source);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "users", "posts", "post_images", "comments", "likes", "follows", "rate_limit_events"]),
    );
    for (const table of ["users", "posts", "post_images", "comments", "likes", "follows", "rate_limit_events", "notification_groups"]) {
      expect(before[table]!.rows, table).toBeGreaterThan(0);
    }
    // Same rows, and no more: triggers (notifications, hidden counts) did not run again on restore.
    expect(await fingerprint(target)).toEqual(before);
    expect(restored.tables).toBe(Object.keys(before).length);

    const originals = await filesIn(sourceUploads);
    originals.delete(".partial.webp.tmp");
    expect(originals.size).toBeGreaterThan(await db.postImage.count());
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

  it("back up the uploads of an S3 bucket and restore them into another bucket", async () => {
    const servers = await Promise.all([startS3Server({ bucket: "backup-source" }), startS3Server({ bucket: "backup-target" })]);
    try {
      const [sourceBucket, targetBucket] = servers.map((server) => {
        const config = readStorageConfig(server.env);
        if (config.kind !== "s3") throw new Error("startS3Server's variables name no bucket");
        return s3Store(config);
      });
      const originals = await filesIn(sourceUploads);
      for (const [name, bytes] of originals) if (isFileKey(name)) await sourceBucket!.put(name, bytes);
      const stored = [...originals.keys()].filter(isFileKey);
      expect(stored.length).toBeGreaterThan(0);

      const backup = await backupDatabase(process.env.DATABASE_URL!, { directory: path.join(workDir, "from-bucket"), uploads: sourceBucket! });
      expect(backup.uploadFiles).toBe(stored.length);
      const restored = await restoreDatabase(backup.dumpFile, await emptyDatabase(), { uploads: targetBucket! });
      expect(restored.uploadFiles).toBe(stored.length);
      for (const key of stored) expect(await targetBucket!.get(key), key).toEqual(originals.get(key));
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });

  it("restores a database whose tables are all empty", async () => {
    const source = await createDatabase(
      inject("databaseServerUrl"),
      uniqueDatabaseName(`${inject("databasePrefix")}_fresh`),
      inject("templateDatabase"),
    );
    const backup = await backupDatabase(source, { directory: path.join(workDir, "fresh"), uploads: localStore(path.join(workDir, "no-such-folder")) });
    const target = await emptyDatabase();
    const restoredUploads = localStore(path.join(workDir, "fresh-restore"));
    await restoreDatabase(backup.dumpFile, target, { uploads: restoredUploads });

    const before = await fingerprint(source);
    expect(before.users).toEqual({ rows: 0, md5: expect.any(String) });
    expect(await fingerprint(target)).toEqual(before);
    for await (const key of restoredUploads.keys()) expect.unreachable(`nothing to restore, yet ${key} was stored`);
  });

  it("refuses to restore into a database that has tables, and changes nothing there", async () => {
    const backup = await backUp("refusal");
    const target = await emptyDatabase();
    await restoreDatabase(backup.dumpFile, target, { uploads: localStore(path.join(workDir, "first-restore")) });
    await withClient(target, (client) => client.query("DELETE FROM likes"));
    const before = await fingerprint(target);

    await expect(restoreDatabase(backup.dumpFile, target, { uploads: localStore(path.join(workDir, "second-restore")) })).rejects.toThrow(
      // The first five tables by name, whichever they are as tables are added.
      /Refusing to restore: database "\w+" is not empty \(tables: _prisma_migrations(, [a-z_]+){4}, …\)/,
    );
    expect(await fingerprint(target)).toEqual(before);
    await expect(readdir(path.join(workDir, "second-restore"))).rejects.toThrow(/ENOENT/);
  });

  it("leaves the database empty when the backup file is damaged", async () => {
    const backup = await backUp("damaged");
    const bytes = await readFile(backup.dumpFile);
    await writeFile(backup.dumpFile, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const target = await emptyDatabase();

    await expect(restoreDatabase(backup.dumpFile, target, { uploads: localStore(path.join(workDir, "damaged-restore")) })).rejects.toThrow(
      /pg_restore failed \(exit code 1\):\npg_restore: error: /,
    );
    expect(await fingerprint(target)).toEqual({});
    await expect(readdir(path.join(workDir, "damaged-restore"))).rejects.toThrow(/ENOENT/);
  });

  it("refuses a file that is not a backup, one in the retired format, a missing one, a folder and a backup without its uploads", async () => {
    const notBackup = path.join(workDir, "notes.dump");
    await writeFile(notBackup, "just some text");
    await expect(restoreDatabase(notBackup, await emptyDatabase(), { uploads: localStore(workDir) })).rejects.toThrow(/is not a backup: pg_dump's custom format/);
    const retired = path.join(workDir, "retired.dump");
    await writeFile(retired, gzipSync('{"format":"commons-backup","version":1}\n'));
    await expect(restoreDatabase(retired, await emptyDatabase(), { uploads: localStore(workDir) })).rejects.toThrow(/Commons' own format of before December 2026/);

    const missing = path.join(workDir, "nope.dump");
    await expect(restoreDatabase(missing, await emptyDatabase(), { uploads: localStore(workDir) })).rejects.toThrow(`There is no file ${missing}: name a .dump file`);
    await expect(restoreDatabase(workDir, await emptyDatabase(), { uploads: localStore(workDir) })).rejects.toThrow(`${workDir} is a folder: name the .dump file`);

    const backup = await backUp("no-uploads");
    await rm(uploadsBeside(backup.dumpFile), { recursive: true });
    await expect(restoreDatabase(backup.dumpFile, await emptyDatabase(), { uploads: localStore(workDir) })).rejects.toThrow(/uploads of this backup are missing/);
  });

  it("never overwrites or removes an existing backup of the same second", async () => {
    const at = new Date();
    const first = await backUp("same-second", at);
    const bytes = await readFile(first.dumpFile);
    const uploads = await filesIn(first.uploadsDir);

    await expect(backUp("same-second", at)).rejects.toThrow(/^\S+commons-\S+Z\.dump already exists \(a backup of the same second\): nothing was backed up; run it again\.$/);
    expect(await readFile(first.dumpFile)).toEqual(bytes);
    expect(await filesIn(first.uploadsDir)).toEqual(uploads);

    // Only the uploads folder left of it: still refused, and the dump made meanwhile removed.
    await rm(first.dumpFile);
    await expect(backUp("same-second", at)).rejects.toThrow(`${first.uploadsDir} already exists`);
    expect(await readdir(path.join(workDir, "same-second"))).toEqual([path.basename(first.uploadsDir)]);
  });

  it("names the package to install when pg_dump is not on PATH, and leaves no backup behind", async () => {
    const previousPath = process.env.PATH;
    process.env.PATH = path.join(workDir, "empty-path");
    try {
      await expect(backUp("no-tools")).rejects.toThrow(/pg_dump was not found on PATH\. .*apt-get install postgresql-client/);
    } finally {
      process.env.PATH = previousPath;
    }
    expect(await readdir(path.join(workDir, "no-tools"))).toEqual([]);
  });
});
