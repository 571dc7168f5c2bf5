import { type OutgoingHttpHeader, type OutgoingHttpHeaders, ServerResponse } from "node:http";
import { INVALID_ACTION } from "@/lib/security/request-guard";

type ActionEntry = Readonly<{ entered: boolean }>;
type PageStatus = Readonly<{ missing: boolean }>;

/**
 * The production server's response. For a server-action request it watches
 * the status Next.js answers with: a 5xx before any action was entered means
 * Next.js could not decode the request (see lib/server/action-entry.ts), so
 * the client gets a 400 with a sentence instead, and what Next.js writes
 * after that is dropped. For a page request, a 200 becomes a 404 when the page
 * noted that what it names is missing (see lib/server/page-status.ts).
 */
export class GuardedResponse extends ServerResponse {
  private actionEntry: ActionEntry | null = null;
  private pageStatus: PageStatus | null = null;
  private replaced = false;

  refuseUndecodableActions(entry: ActionEntry) {
    this.actionEntry = entry;
  }

  answerMissingPages(status: PageStatus) {
    this.pageStatus = status;
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
    // Node.js calls writeHead with `statusCode` when Next.js writes without calling it.
    if (statusCode === 200 && this.pageStatus?.missing) statusCode = 404;
    return typeof reasonOrHeaders === "string" ? super.writeHead(statusCode, reasonOrHeaders, headers) : super.writeHead(statusCode, reasonOrHeaders);
  }
}
