import http from "node:http";
import { text } from "node:stream/consumers";
import { type Answer, type Tally, describeError } from "../traffic";

// Why the cluster drill sends each write on a connection of its own: when an instance dies
// before answering a request that was not the first on its client connection, HAProxy answers
// nothing and logs nothing — it closes the client's connection, its sign that the request may
// be sent again (http_ana.c, `abort_keep_alive`). Reads are resent by HAProxy itself, writes
// are not, so a write in flight on the killed instance over a kept-alive connection would fail
// with no log line naming the instance. As the first request on its connection, it gets
// HAProxy's 502 and a log line (`SH` on the instance), and the drill can show where it was.

/** One request on a new connection (closed after the answer), bounded in time, counted in `tally`. */
export async function requestOnNewConnection(
  tally: Tally,
  url: string,
  init: RequestInit,
  timeoutMs = 30_000,
): Promise<{ answer: Answer; problem: null } | { answer: null; problem: string }> {
  const started = performance.now();
  const prepared = new Request(url, init);
  try {
    const body = Buffer.from(await prepared.arrayBuffer());
    const headers = { ...Object.fromEntries(prepared.headers), "content-length": String(body.length) };
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const outgoing = http.request(url, { method: prepared.method, headers, agent: false, signal: AbortSignal.timeout(timeoutMs) }, resolve);
      outgoing.on("error", reject);
      outgoing.end(body);
    });
    const html = await text(response);
    const status = response.statusCode ?? 0;
    const latencyMs = performance.now() - started;
    tally.record(status, latencyMs);
    const setCookies = (response.headers["set-cookie"] ?? []).map((header) => header.split(";")[0] ?? "");
    return { answer: { status, html, latencyMs, setCookies, location: response.headers.location ?? null }, problem: null };
  } catch (error) {
    const problem = `${prepared.method} ${new URL(url).pathname}: ${describeError(error)}`;
    tally.fail(problem);
    return { answer: null, problem };
  }
}
