import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logging/request-logger";

export const dynamic = "force-dynamic";

/** For load balancers and the test harness: is the app up, and can it reach its database? */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch (error) {
    (await requestLogger()).error({ err: error }, "Health check: database unreachable");
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
