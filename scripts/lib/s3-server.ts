import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** s3rver's one account: it checks every request's signature against this key pair. */
const ACCESS_KEY_ID = "S3RVER";
const SECRET_ACCESS_KEY = "S3RVER";
const REGION = "us-east-1";

export type S3Server = {
  /** `http://127.0.0.1:<port>`. */
  endpoint: string;
  bucket: string;
  /** The S3_* variables that point the app (lib/uploads/storage-config.ts) at this server's bucket. */
  env: Record<"S3_ENDPOINT" | "S3_BUCKET" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE", string>;
  /** Stops the server and deletes its folder with every object in it. */
  stop(): Promise<void>;
};

/**
 * A real S3-protocol server (s3rver) on a loopback port (any free one unless
 * `port` is given), its objects in a new temporary folder, with one empty
 * bucket. For the tests and drills: nothing of it outlives `stop()`.
 */
export async function startS3Server(options: { bucket?: string; port?: number } = {}): Promise<S3Server> {
  const bucket = options.bucket ?? "commons-uploads";
  const directory = await mkdtemp(path.join(tmpdir(), "commons-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: options.port ?? 0, directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
  let port: number;
  try {
    ({ port } = await server.run());
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: REGION,
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      // A bucket name in the host would need DNS for <bucket>.127.0.0.1.
      S3_FORCE_PATH_STYLE: "true",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
