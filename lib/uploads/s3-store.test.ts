import { randomUUID } from "node:crypto";
import { HeadObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { afterEach, describe, expect, it } from "vitest";
import { healthResponse } from "@/lib/health";
import { solidPng, upload } from "@/test/hostile/uploads";
import { rawClient, setUpUploadBackend } from "@/test/upload-storage";
import type { S3Server } from "@/scripts/lib/s3-server";
import { fileKeyOf } from "./file-key";
import { saveUploadedImage } from "./save";
import { deleteImage, readImage, storeImage, uploadStore } from "./storage";
import { StorageUnavailableError } from "./store";
import { uploadMessages } from "./validate";

// The S3 backend against a real S3-protocol server (s3rver, started per
// describe by setUpUploadBackend); the behaviour both backends share is tested
// in save, cleanup and route tests, each run against the folder and the bucket.

const files = setUpUploadBackend("S3 bucket");

function server(): S3Server {
  const running = files.server();
  if (!running) throw new Error("s3rver is not running");
  return running;
}

/** Runs `body` with one S3 variable changed, then puts it back. */
async function withVariable<T>(name: "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_BUCKET", value: string, body: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

/** Nothing listens on the discard port of the loopback address: connections are refused at once. */
const NOTHING_LISTENING = "http://127.0.0.1:9";

const clients: S3Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe("uploads in an S3 bucket", () => {
  it("stores, reads and deletes an object under the content hash of its bytes", async () => {
    const bytes = Buffer.from(`an image ${randomUUID()}`);

    const key = await storeImage(bytes);

    expect(key).toBe(fileKeyOf(bytes));
    expect(await files.read(key)).toEqual(bytes);
    expect(await readImage(key)).toEqual(bytes);
    await deleteImage(key);
    expect(await files.read(key)).toBeNull();
    expect(await readImage(key)).toBeNull();
  });

  it("stores each object with the headers /uploads/<key> answers with", async () => {
    const key = await storeImage(Buffer.from(randomUUID()));
    const client = rawClient(server());
    clients.push(client);

    const head = await client.send(new HeadObjectCommand({ Bucket: server().bucket, Key: key }));

    expect(head).toMatchObject({ ContentType: "image/webp", CacheControl: "public, max-age=31536000, immutable" });
  });

  it("answers null for a key that was never stored, and deletes it without complaint", async () => {
    const key = `${"0".repeat(64)}.webp`;

    expect(await readImage(key)).toBeNull();
    await expect(deleteImage(key)).resolves.toBeUndefined();
  });

  it("stores the same bytes twice as one object", async () => {
    const bytes = Buffer.from(randomUUID());
    const before = await files.names();

    const [first, second] = await Promise.all([storeImage(bytes), storeImage(bytes)]);

    expect(second).toBe(first);
    expect(await files.names()).toEqual([...before, first].sort());
  });

  it("lists only the objects named like uploads", async () => {
    const key = await storeImage(Buffer.from(randomUUID()));
    const client = rawClient(server());
    clients.push(client);
    await client.send(new PutObjectCommand({ Bucket: server().bucket, Key: "notes.txt", Body: "not an upload" }));

    const keys: string[] = [];
    for await (const stored of (await uploadStore()).keys()) keys.push(stored);

    expect(keys).toContain(key);
    expect(keys).not.toContain("notes.txt");
    expect((await files.names()).length).toBe(keys.length + 1);
  });

  // s3rver checks the access key id but not version-4 signatures, so a wrong key id stands for wrong credentials.
  it.each([
    ["an unknown access key", "S3_ACCESS_KEY_ID", "NOT-A-KEY"],
    ["a bucket that does not exist", "S3_BUCKET", "no-such-bucket"],
  ] as const)("refuses with StorageUnavailableError for %s, and counts the store unreachable", async (_what, name, value) => {
    await withVariable(name, value, async () => {
      await expect(storeImage(Buffer.from(randomUUID()))).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(await (await uploadStore()).reachable()).toBe(false);
    });
  });
});

describe("when the bucket cannot be reached", () => {
  it("refuses an upload with the try-later message and stores nothing", async () => {
    const png = await solidPng(20, 20);
    const before = await files.names();

    const result = await withVariable("S3_ENDPOINT", NOTHING_LISTENING, () => saveUploadedImage(upload(png, "a.png", "image/png"), "post"));

    expect(result).toEqual({ ok: false, message: uploadMessages.storageUnavailable });
    expect(await files.names()).toEqual(before);
  });

  it("keeps /api/health at 200, saying the storage is unreachable", async () => {
    const response = await withVariable("S3_ENDPOINT", NOTHING_LISTENING, healthResponse);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "degraded", database: "ok", storage: "unreachable" });
  });

  it("reports the bucket as reachable again once it answers", async () => {
    const response = await healthResponse();

    expect(await response.json()).toEqual({ status: "ok", database: "ok", storage: "ok" });
  });
});
