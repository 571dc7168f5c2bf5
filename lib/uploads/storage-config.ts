import path from "node:path";
import { z } from "zod";

export type LocalStorageConfig = { kind: "local"; dir: string };
export type S3StorageConfig = {
  kind: "s3";
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};
export type StorageConfig = LocalStorageConfig | S3StorageConfig;
type Environment = Record<string, string | undefined>;

/** The variables that move uploads into a bucket; S3_FORCE_PATH_STYLE is the only optional one. */
export const S3_VARIABLES = ["S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"] as const;

const present = z.string({ error: "is missing" }).min(1, "is missing");
const s3Environment = z.object({
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: (issue) => (issue.input === undefined ? "is missing" : "must be an http:// or https:// URL") }),
  // S3's own rule for bucket names, which every S3-compatible store accepts.
  S3_BUCKET: present.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be 3–63 lowercase letters, digits, dots or hyphens"),
  S3_REGION: present,
  S3_ACCESS_KEY_ID: present,
  S3_SECRET_ACCESS_KEY: present,
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).optional(),
});

/** Thrown when the S3 variables are set only in part or wrongly; the message says which and never echoes a value. */
export class StorageConfigError extends Error {
  constructor(problems: string[]) {
    super(
      `Object storage is configured only in part: ${problems.join("; ")}. ` +
        `Set S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_FORCE_PATH_STYLE=true for ` +
        `stores such as MinIO) to keep uploads in a bucket, or none of them to keep them in UPLOAD_DIR.`,
    );
    this.name = "StorageConfigError";
  }
}

/**
 * The upload folder UPLOAD_DIR names (default `.data/uploads`), whether or not a bucket is configured.
 * The ignore comment keeps `next build` from tracing the whole project into `.next/standalone`
 * for this path, which is only known at run time.
 */
export function uploadDirIn(env: Environment): string {
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR || ".data/uploads");
}

/**
 * Where uploads go, read from the environment: a bucket when any S3 variable
 * is set (then all required ones must be), else the folder UPLOAD_DIR
 * (default `.data/uploads`). Empty values count as unset, as in a `.env` file
 * that lists a variable without a value.
 */
export function readStorageConfig(env: Environment = process.env): StorageConfig {
  const s3 = Object.fromEntries(S3_VARIABLES.map((name) => [name, env[name] || undefined]));
  if (Object.values(s3).every((value) => value === undefined)) {
    return { kind: "local", dir: uploadDirIn(env) };
  }
  const parsed = s3Environment.safeParse(s3);
  if (!parsed.success) throw new StorageConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  const variables = parsed.data;
  return {
    kind: "s3",
    endpoint: variables.S3_ENDPOINT,
    bucket: variables.S3_BUCKET,
    region: variables.S3_REGION,
    accessKeyId: variables.S3_ACCESS_KEY_ID,
    secretAccessKey: variables.S3_SECRET_ACCESS_KEY,
    forcePathStyle: variables.S3_FORCE_PATH_STYLE === "true" || variables.S3_FORCE_PATH_STYLE === "1",
  };
}

/** The message for a storage configuration that cannot work, or null when it can; for startup checks. */
export function storageConfigProblem(env: Environment = process.env): string | null {
  try {
    readStorageConfig(env);
    return null;
  } catch (error) {
    if (error instanceof StorageConfigError) return error.message;
    throw error;
  }
}
