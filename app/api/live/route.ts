import { findSessionUser } from "@/lib/auth/current-user";
import { readSession } from "@/lib/auth/session-cookie";
import { openProcessLiveStream } from "@/lib/live/server";

// A long-lived stream held by this process's listener (lib/live): Node.js only, never cached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const TEXT = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

/** Live updates of the signed-in reader as server-sent events (lib/live/stream.ts). */
export async function GET(request: Request) {
  const session = await readSession();
  if (!session || !(await findSessionUser(session))) {
    return new Response("Sign in to get live updates.", { status: 401, headers: TEXT });
  }
  const stream = openProcessLiveStream(session, request.signal);
  if (!stream) return new Response("Too many live connections: close a tab.", { status: 429, headers: TEXT });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: compression would hold events back until a buffer fills.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
