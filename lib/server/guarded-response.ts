import { type OutgoingHttpHeader, type OutgoingHttpHeaders, ServerResponse } from "node:http";
import { INVALID_ACTION } from "@/lib/security/request-guard";

type ActionEntry = Readonly<{ entered: boolean }>;
type WriteCallback = (error: Error | null | undefined) => void;

/**
 * The production server's response. For a server-action request it watches
 * the status Next.js answers with: a 5xx before any action was entered means
 * Next.js could not decode the request (see lib/server/action-entry.ts), so
 * the client gets a 400 with a sentence instead, and what Next.js writes
 * after that is dropped.
 *
 * It also sends what one turn of the event loop writes in one system call.
 * React streams a page in pieces of about 2 KB and Next.js writes each piece
 * at once, so a feed page cost ~80 `writev` calls (14 % of the home page's
 * CPU in BENCHMARKS.md's profile). The socket is corked at the first write
 * of a turn and uncorked when the turn's I/O is done (`setImmediate`).
 */
export class GuardedResponse extends ServerResponse {
  private actionEntry: ActionEntry | null = null;
  private replaced = false;
  private holdingWrites = false;

  override write(chunk: unknown, encoding?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean {
    this.holdWritesForThisTurn();
    if (typeof encoding === "function") return super.write(chunk, encoding);
    if (encoding === undefined) return super.write(chunk, callback);
    return super.write(chunk, encoding, callback);
  }

  private holdWritesForThisTurn() {
    // The socket itself, not the response: after the answer ends, a kept-alive socket
    // moves on to the next request and must not stay corked.
    const socket = this.socket;
    if (this.holdingWrites || !socket || socket.destroyed) return;
    this.holdingWrites = true;
    socket.cork();
    setImmediate(() => {
      this.holdingWrites = false;
      socket.uncork();
    });
  }

  refuseUndecodableActions(entry: ActionEntry) {
    this.actionEntry = entry;
  }

  override writeHead(
    statusCode: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): this {
    if (statusCode >= 500 && this.actionEntry && !this.actionEntry.entered && !this.replaced) {
      this.replaced = true;
      // Next.js goes on writing its own answer; those writes fail quietly.
      this.on("error", () => {});
      for (const name of ["content-length", "content-encoding", "etag", "content-type"]) this.removeHeader(name);
      super.writeHead(INVALID_ACTION.status, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(INVALID_ACTION.message),
      });
      super.end(INVALID_ACTION.message);
      return this;
    }
    return typeof reasonOrHeaders === "string" ? super.writeHead(statusCode, reasonOrHeaders, headers) : super.writeHead(statusCode, reasonOrHeaders);
  }
}
