import { createHash } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { isFileKey } from "./file-key";
import type { S3StorageConfig } from "./storage-config";
import { StorageUnavailableError, type UploadStore } from "./store";

/**
 * Metadata stored with each object: its bytes never change (the key is their hash). Whether they may be
 * seen can, which is why the bucket stays private and /uploads/<key> sets its own, shorter caching.
 */
export const OBJECT_CONTENT_TYPE = "image/webp";
export const OBJECT_CACHE_CONTROL = "public, max-age=31536000, immutable";

const REACHABLE_WITHIN_MS = 2_000;

function client(config: S3StorageConfig): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Integrity comes from Content-MD5, which every S3-compatible store checks;
    // the SDK's default CRC32 headers and aws-chunked trailers are refused by
    // several of them (and by s3rver, which the tests run against).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // An upload must not hang a request for minutes when the store does not answer.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
  });
}

/** What the SDK throws for a missing object: GET says NoSuchKey, HEAD has no body and says NotFound. */
function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || error instanceof NotFound || (error as { name?: string } | null)?.name === "NotFound";
}

/**
 * Uploads as objects of one bucket, the key of each its file name. Any failure
 * to reach or use the bucket becomes a StorageUnavailableError.
 */
export function s3Store(config: S3StorageConfig): UploadStore {
  const s3 = client(config);
  const Bucket = config.bucket;
  return {
    kind: "s3",
    location: `s3://${Bucket}`,

    async put(key, bytes) {
      const ContentMD5 = createHash("md5").update(bytes).digest("base64");
      await s3
        .send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentLength: bytes.length, ContentMD5, ContentType: OBJECT_CONTENT_TYPE, CacheControl: OBJECT_CACHE_CONTROL }))
        .catch((error: unknown) => {
          throw new StorageUnavailableError("store an upload", { cause: error });
        });
    },

    async get(key) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (isMissing(error)) return null;
        throw new StorageUnavailableError("read an upload", { cause: error });
      }
    },

    async size(key) {
      try {
        return (await s3.send(new HeadObjectCommand({ Bucket, Key: key }))).ContentLength ?? 0;
      } catch (error) {
        if (isMissing(error)) return null;
        throw new StorageUnavailableError("look up an upload", { cause: error });
      }
    },

    // S3 answers a delete of a missing key with success, as the interface asks.
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: key })).catch((error: unknown) => {
        throw new StorageUnavailableError("delete an upload", { cause: error });
      });
    },

    async *keys() {
      try {
        for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket })) {
          for (const object of page.Contents ?? []) if (object.Key && isFileKey(object.Key)) yield object.Key;
        }
      } catch (error) {
        throw new StorageUnavailableError("list the uploads", { cause: error });
      }
    },

    async reachable() {
      return s3.send(new HeadBucketCommand({ Bucket }), { abortSignal: AbortSignal.timeout(REACHABLE_WITHIN_MS) }).then(
        () => true,
        () => false,
      );
    },
  };
}
