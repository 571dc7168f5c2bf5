import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Where the cluster drill's instances keep uploads: the variables every instance gets, and how to let it go. */
export type SharedStorage = { env: Record<string, string>; description: string; close: () => Promise<void> };

/**
 * The one place the cluster drill chooses its upload storage. Today: one local folder that the
 * three instances on this machine share (UPLOAD_DIR). Object storage needs only this function
 * changed, to return the S3 variables of a store started here (scripts/lib/s3-server.ts).
 */
export async function openSharedStorage(): Promise<SharedStorage> {
  const dir = await mkdtemp(path.join(tmpdir(), "commons-cluster-uploads-"));
  return {
    env: { UPLOAD_DIR: dir },
    description: "one upload folder shared by the instances (UPLOAD_DIR)",
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
