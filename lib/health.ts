import { db } from "@/lib/db";
import { noteDatabaseReachable, noteDatabaseUnavailable } from "@/lib/db-circuit";
import { requestLogger } from "@/lib/logging/request-logger";

export type Health = { status: "ok" | "degraded"; database: "ok" | "unreachable" };

/**
 * Whether the app can reach its database, for load balancers and the drills.
 * While the database is down this answers 503 within the pool's connect
 * timeout, and 200 again as soon as a new connection succeeds.
 */
export async function healthResponse(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    noteDatabaseReachable();
    return Response.json({ status: "ok", database: "ok" } satisfies Health);
  } catch (error) {
    noteDatabaseUnavailable();
    (await requestLogger()).error({ err: error }, "Health check: database unreachable");
    return Response.json({ status: "degraded", database: "unreachable" } satisfies Health, { status: 503 });
  }
}
