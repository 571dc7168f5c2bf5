/**
 * Where processed uploads live: a folder on this machine (the default) or a
 * bucket of an S3-compatible object store. Keys are `<sha256>.webp`, checked
 * by the callers in storage.ts before they reach a store, and a key names the
 * same bytes for ever, so writing one twice is harmless.
 */
export type UploadStore = {
  readonly kind: "local" | "s3";
  /** The folder or `s3://bucket` the files go to, for logs and reports. */
  readonly location: string;
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes, or null when no file has that key. */
  get(key: string): Promise<Buffer | null>;
  /** The stored file's size in bytes, or null when no file has that key. */
  size(key: string): Promise<number | null>;
  /** Deletes a file; one that is already gone is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored upload's key (names that are not upload keys are left out). */
  keys(): AsyncIterable<string>;
  /** Whether the store answers, within a couple of seconds. */
  reachable(): Promise<boolean>;
};

/**
 * The object store did not answer or refused a request (network down, wrong
 * credentials, missing bucket). Like a full disk, it is nothing the person
 * uploading can fix: they get a "try later" message and nothing is stored.
 */
export class StorageUnavailableError extends Error {
  constructor(operation: string, options: { cause: unknown }) {
    super(`The object store failed to ${operation}: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
    this.name = "StorageUnavailableError";
  }
}
