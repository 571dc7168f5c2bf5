import type { SessionIds } from "@/lib/auth/session-cookie";
import type { LiveConnection, LiveHub } from "./hub";

export type StreamOptions = {
  hub: LiveHub;
  sessionValid: (session: SessionIds) => Promise<boolean>;
  /** A comment line this often keeps proxies from closing an idle stream, and finds dead clients. */
  heartbeatMs: number;
  /** The session is checked again this often, besides on every signal that sessions ended. */
  sessionCheckMs: number;
};

/** How long EventSource waits before connecting again when a stream drops. */
const CLIENT_RETRY_MS = 3_000;

const encoder = new TextEncoder();

/**
 * The server-sent events of one signed-in reader: `unread` (the bell's count) when the stream
 * opens and whenever their notifications change, `feed` when an account they follow posts (the
 * page asks for the posts itself), and `end` before closing when the session is over. Only
 * counts and nothing else: what a page shows is fetched by the page.
 *
 * Null when the user already has as many streams as allowed. Everything the stream holds
 * (timers, its place in the hub, the abort listener) is let go when it closes, whichever way.
 */
export function openLiveStream(session: SessionIds, abort: AbortSignal, options: StreamOptions): ReadableStream<Uint8Array> | null {
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  let sessionTimer: NodeJS.Timeout | undefined;
  const send = (chunk: string) => {
    try {
      controller?.enqueue(encoder.encode(chunk));
    } catch {
      close();
    }
  };
  const event = (name: string, data: object) => send(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);

  const checkSession = async () => {
    try {
      if (await options.sessionValid(session)) return;
    } catch {
      return;
    }
    event("end", {});
    close();
  };

  const connection: LiveConnection = {
    userId: session.userId,
    unread: (count) => event("unread", { unread: count }),
    feedChanged: () => event("feed", {}),
    sessionsChanged: () => void checkSession(),
  };

  function close() {
    if (!controller) return;
    const closing = controller;
    controller = null;
    clearInterval(heartbeat);
    clearInterval(sessionTimer);
    options.hub.remove(connection);
    abort.removeEventListener("abort", close);
    try {
      closing.close();
    } catch {
      // Already closed by the client going away.
    }
  }

  if (abort.aborted || !options.hub.add(connection)) return null;
  abort.addEventListener("abort", close, { once: true });
  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      send(`retry: ${CLIENT_RETRY_MS}\n: live\n\n`);
      heartbeat = setInterval(() => send(": heartbeat\n\n"), options.heartbeatMs);
      sessionTimer = setInterval(() => void checkSession(), options.sessionCheckMs);
      options.hub.refreshUnread(session.userId);
    },
    cancel: close,
  });
}
