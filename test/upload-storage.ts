import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll } from "vitest";
import { S3_VARIABLES } from "@/lib/uploads/storage-config";
import { type S3Server, startS3Server } from "@/scripts/lib/s3-server";

// The upload tests run against both places uploads can live: a folder, and a
// bucket of a real S3-protocol server (s3rver) started for the test.

export const uploadBackends = ["upload folder", "S3 bucket"] as const;
export type UploadBackend = (typeof uploadBackends)[number];

/** What the tests see of the folder or bucket, read around the storage code rather than through it. */
export type StoredFiles = {
  /** Every name in the folder or bucket, temporary files included, sorted. */
  names(): Promise<string[]>;
  /** A stored file's bytes, or null when there is none by that name. */
  read(name: string): Promise<Buffer | null>;
  /** The running s3rver, for the "S3 bucket" backend. */
  server(): S3Server | undefined;
};

const VARIABLES = ["UPLOAD_DIR", ...S3_VARIABLES] as const;

/** A client of the test's own for s3rver's bucket, to look at it around the code under test. */
export function rawClient(server: S3Server): S3Client {
  return new S3Client({
    endpoint: server.endpoint,
    region: server.env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: server.env.S3_ACCESS_KEY_ID, secretAccessKey: server.env.S3_SECRET_ACCESS_KEY },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/**
 * Points the upload storage at a new, empty folder (UPLOAD_DIR) or at a new
 * s3rver's bucket (S3_*) for the tests of the enclosing `describe`, and puts
 * the environment back afterwards.
 */
export function setUpUploadBackend(backend: UploadBackend): StoredFiles {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  let folder = "";
  let server: S3Server | undefined;
  let client: S3Client | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "commons-upload-backend-"));
    for (const name of S3_VARIABLES) delete process.env[name];
    process.env.UPLOAD_DIR = folder;
    if (backend === "S3 bucket") {
      server = await startS3Server();
      client = rawClient(server);
      Object.assign(process.env, server.env);
    }
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    client?.destroy();
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  return {
    async names() {
      if (!client || !server) return (await readdir(folder).catch(() => [])).sort();
      const listing = await client.send(new ListObjectsV2Command({ Bucket: server.bucket }));
      return (listing.Contents ?? []).map((object) => object.Key ?? "").sort();
    },
    async read(name) {
      if (!client || !server) return readFile(path.join(folder, name)).catch(() => null);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: server.bucket, Key: name }));
        return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    server: () => server,
  };
}
