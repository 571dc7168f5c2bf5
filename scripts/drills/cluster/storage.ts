import { startS3Server } from "@/scripts/lib/s3-server";

/** Where the cluster drill's instances keep uploads: the variables every instance gets, and how to let it go. */
export type SharedStorage = { env: Record<string, string>; description: string; close: () => Promise<void> };

/**
 * The one place the cluster drill chooses its upload storage: a real S3-protocol server
 * (s3rver, scripts/lib/s3-server.ts) on loopback, one bucket that every instance writes to
 * and serves from, as instances on different machines would share object storage.
 */
export async function openSharedStorage(): Promise<SharedStorage> {
  const store = await startS3Server({ bucket: "commons-cluster-uploads" });
  return {
    env: store.env,
    description: `one S3 bucket shared by the instances (s3rver at ${store.endpoint})`,
    close: () => store.stop(),
  };
}
