import { db } from "@/lib/db";
import { noteDatabaseReachable, noteDatabaseUnavailable } from "@/lib/db-circuit";
import { requestLogger } from "@/lib/logging/request-logger";
import { schemaCurrent } from "@/lib/server/schema-check";
import { uploadStore } from "@/lib/uploads/storage";

export type Health = { status: "ok" | "degraded"; database: "ok" | "unreachable" | "behind"; storage: "ok" | "unreachable" };

async function databaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    noteDatabaseReachable();
    return true;
  } catch (error) {
    noteDatabaseUnavailable();
    (await requestLogger()).error({ err: error }, "Health check: database unreachable");
    return false;
  }
}

/** The upload folder is a folder (or not made yet), or the bucket answers a HEAD within 2 s. */
async function storageReachable(): Promise<boolean> {
  const store = await uploadStore();
  if (await store.reachable()) return true;
  (await requestLogger()).error({ storage: store.location }, "Health check: upload storage unreachable");
  return false;
}

/**
 * Whether the app can reach its database and its upload storage, for load
 * balancers and the drills. While the database is down this answers 503
 * within the pool's connect timeout, and 200 again as soon as a new
 * connection succeeds. Storage that does not answer makes the status
 * "degraded" but keeps 200: every instance shares the one bucket, so taking
 * them out of the balancer would turn missing images into missing pages.
 * A database without this release's migrations answers 503 too ("behind"): every page that
 * reads what they add would fail (lib/server/schema-check.ts).
 */
export async function healthResponse(): Promise<Response> {
  const [reachable, storage] = await Promise.all([databaseReachable(), storageReachable()]);
  const database = !reachable ? "unreachable" : (await schemaCurrent()) === false ? "behind" : "ok";
  const health: Health = {
    status: database === "ok" && storage ? "ok" : "degraded",
    database,
    storage: storage ? "ok" : "unreachable",
  };
  return Response.json(health, { status: database === "ok" ? 200 : 503 });
}
