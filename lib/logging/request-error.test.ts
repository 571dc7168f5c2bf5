import { describe, expect, it } from "vitest";
import { noteActionEntered, trackActionEntry } from "@/lib/server/action-entry";
import { capturingLogger } from "./capture";
import { REQUEST_ERROR_MESSAGE, UNREADABLE_ACTION_MESSAGE, logRequestError } from "./request-error";

const context = {
  routerKind: "App Router",
  routePath: "/p/[postId]",
  routeType: "render",
  renderSource: "react-server-components",
  revalidateReason: undefined,
} as const;

function failure(message: string, digest?: string): Error {
  return Object.assign(new Error(message), digest === undefined ? {} : { digest });
}

describe("logRequestError", () => {
  it("logs the error with its stack, the digest as referenceId, the request id, path and route", () => {
    const { lines, logger } = capturingLogger();
    const error = failure("connection refused", "2863194061");
    logRequestError(
      logger,
      error,
      { path: "/p/abc?q=ada%40example.com", method: "GET", headers: { "x-request-id": "req-42", cookie: "session=1" } },
      context,
    );

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      msg: REQUEST_ERROR_MESSAGE,
      referenceId: "2863194061",
      requestId: "req-42",
      method: "GET",
      path: "/p/abc",
      route: "/p/[postId]",
      routeType: "render",
      renderSource: "react-server-components",
      err: { type: "Error", message: "connection refused", stack: error.stack },
    });
    expect(JSON.stringify(lines[0])).not.toContain("ada%40example.com");
    expect(JSON.stringify(lines[0])).not.toContain("session=1");
  });

  it("copes with thrown non-errors, no digest and a repeated request id header", () => {
    const { lines, logger } = capturingLogger();
    logRequestError(
      logger,
      "plain string",
      { path: "/api/health", method: "POST", headers: { "x-request-id": ["first", "second"] } },
      { ...context, routePath: "/api/health", routeType: "route", renderSource: undefined },
    );
    expect(lines[0]).toMatchObject({ requestId: "first", route: "/api/health", err: { message: "plain string" } });
    expect(lines[0]).not.toHaveProperty("referenceId");
  });

  it("logs an action request Next.js failed before entering any action as a warning without the stack, and one that entered as an error", () => {
    const { lines, logger } = capturingLogger();
    const request = { path: "/", method: "POST", headers: { "x-request-id": "req-7" } };
    const actionContext = { ...context, routePath: "/", routeType: "action" } as const;
    trackActionEntry(() => logRequestError(logger, new TypeError("Failed to parse body as FormData."), request, actionContext));
    trackActionEntry(() => {
      noteActionEntered();
      logRequestError(logger, new Error("the database is gone"), request, actionContext);
    });
    expect(lines[0]).toMatchObject({ level: "warn", msg: UNREADABLE_ACTION_MESSAGE, requestId: "req-7", reason: "Failed to parse body as FormData." });
    expect(lines[0]).not.toHaveProperty("err");
    expect(lines[1]).toMatchObject({ level: "error", msg: REQUEST_ERROR_MESSAGE, err: { message: "the database is gone" } });
  });
});
