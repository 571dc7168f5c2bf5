import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileKeyOf } from "@/lib/uploads/file-key";
import { S3_VARIABLES } from "@/lib/uploads/storage-config";
import { uploadStore } from "@/lib/uploads/storage";
import { setUpUploadBackend } from "@/test/upload-storage";
import { copyUploadsToStore } from "./uploads-to-s3";

// `npm run uploads:to-s3` against a real S3-protocol server (s3rver).

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");

const bucket = setUpUploadBackend("S3 bucket");

let source: string;
beforeAll(async () => {
  source = await mkdtemp(path.join(tmpdir(), "commons-uploads-to-copy-"));
});
afterAll(async () => {
  await rm(source, { recursive: true, force: true });
});

/** An upload in the source folder, named by the hash of its bytes as the app names it. */
async function uploadInFolder(): Promise<{ key: string; bytes: Buffer }> {
  const bytes = Buffer.from(`image ${randomUUID()}`);
  const key = fileKeyOf(bytes);
  await writeFile(path.join(source, key), bytes);
  return { key, bytes };
}

describe("copyUploadsToStore", () => {
  it("copies what the bucket lacks, skips what it has, rewrites a wrong size and refuses damaged files; a second run copies nothing", async () => {
    const fresh = await uploadInFolder();
    const present = await uploadInFolder();
    const truncated = await uploadInFolder();
    const store = await uploadStore();
    await store.put(present.key, present.bytes);
    await store.put(truncated.key, truncated.bytes.subarray(0, 5));
    // A file whose bytes changed after it was stored under their hash.
    const damaged = fileKeyOf(Buffer.from("the original bytes"));
    await writeFile(path.join(source, damaged), "other bytes");
    await writeFile(path.join(source, `.${fresh.key}.${randomUUID()}.tmp`), "half a file");

    const first = await copyUploadsToStore(source, store);

    expect(first).toEqual({ copied: 1, alreadyThere: 1, replaced: 1, ignored: 1, damaged: [damaged] });
    for (const { key, bytes } of [fresh, present, truncated]) expect(await bucket.read(key)).toEqual(bytes);
    expect(await bucket.read(damaged)).toBeNull();
    expect(await bucket.names()).toEqual([fresh.key, present.key, truncated.key].sort());

    const second = await copyUploadsToStore(source, store);

    expect(second).toEqual({ copied: 0, alreadyThere: 3, replaced: 0, ignored: 1, damaged: [damaged] });
  });

  it("says so when the folder does not exist", async () => {
    await expect(copyUploadsToStore(path.join(source, "missing"), await uploadStore())).rejects.toThrow(/There is no upload folder at .*missing/);
  });
});

describe("npm run uploads:to-s3", () => {
  it("copies a folder into the configured bucket and reports the counts", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "commons-uploads-cli-"));
    try {
      const bytes = Buffer.from(`image ${randomUUID()}`);
      await writeFile(path.join(folder, fileKeyOf(bytes)), bytes);

      const { stdout } = await run(TSX, ["scripts/uploads-to-s3.ts", folder], { env: process.env });

      expect(stdout).toContain(`Copying ${folder} into s3://${bucket.server()?.bucket}`);
      expect(stdout).toMatch(/Copied 1, already there 0, replaced 0, not uploads 0, damaged 0, in [\d.]+ s\./);
      expect(await bucket.read(fileKeyOf(bytes))).toEqual(bytes);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("refuses to run without a bucket configured", async () => {
    const env = { ...process.env };
    for (const name of S3_VARIABLES) delete env[name];

    const failure = await run(TSX, ["scripts/uploads-to-s3.ts", source], { env }).catch((error: { code: number; stderr: string }) => error);

    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining("No bucket configured: set S3_ENDPOINT") });
  });
});
