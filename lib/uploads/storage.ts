import { fileKeyOf, isFileKey } from "./file-key";
import { localStore } from "./local-store";
import { readStorageConfig, type StorageConfig, uploadDirIn } from "./storage-config";
import type { UploadStore } from "./store";

export { isFileKey } from "./file-key";

/** Folder for processed uploads when no bucket is configured; configurable so deployments can put it on a volume. */
export function uploadDir(): string {
  return uploadDirIn(process.env);
}

let current: { signature: string; store: Promise<UploadStore> } | undefined;

/**
 * The store the environment names (lib/uploads/storage-config.ts). It is read
 * on each call, so tests and scripts can point it elsewhere; one client is
 * kept while the configuration stays the same. The S3 SDK is loaded only
 * when a bucket is configured.
 */
export function uploadStore(): Promise<UploadStore> {
  const config = readStorageConfig();
  const signature = JSON.stringify(config);
  if (current?.signature !== signature) current = { signature, store: storeFor(config) };
  return current.store;
}

async function storeFor(config: StorageConfig): Promise<UploadStore> {
  if (config.kind === "local") return localStore(config.dir);
  const { s3Store } = await import("./s3-store");
  return s3Store(config);
}

/** Stores processed image bytes under their content hash and returns the key. */
export async function storeImage(bytes: Buffer): Promise<string> {
  const key = fileKeyOf(bytes);
  await (await uploadStore()).put(key, bytes);
  return key;
}

/** Reads a stored file, or returns null for an unknown or malformed key. */
export async function readImage(key: string): Promise<Buffer | null> {
  if (!isFileKey(key)) return null;
  return (await uploadStore()).get(key);
}

/** Deletes a stored file; one that is already gone is not an error. Ignores malformed keys. */
export async function deleteImage(key: string): Promise<void> {
  if (!isFileKey(key)) return;
  await (await uploadStore()).delete(key);
}
