import { type OutgoingHttpHeader, type OutgoingHttpHeaders, ServerResponse } from "node:http";
import { INVALID_ACTION } from "@/lib/security/request-guard";

type ActionEntry = Readonly<{ entered: boolean }>;

/**
 * The production server's response. For a server-action request it watches
 * the status Next.js answers with: a 5xx before any action was entered means
 * Next.js could not decode the request (see lib/server/action-entry.ts), so
 * the client gets a 400 with a sentence instead, and what Next.js writes
 * after that is dropped.
 */
export class GuardedResponse extends ServerResponse {
  private actionEntry: ActionEntry | null = null;
  private replaced = false;

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
