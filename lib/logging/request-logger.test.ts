import { afterEach, describe, expect, it, vi } from "vitest";
import { capturingLogger } from "./capture";
import { logger } from "./logger";
import { requestLogger } from "./request-logger";

const { request } = await import("@/test/next/runtime");

afterEach(() => vi.restoreAllMocks());

describe("requestLogger", () => {
  it("binds the request id that the proxy put on the request", async () => {
    const captured = capturingLogger();
    vi.spyOn(logger, "child").mockImplementation((bindings) => captured.logger.child(bindings));
    request.setHeader("x-request-id", "req-7");

    (await requestLogger()).info({ event: "test" }, "hello");

    expect(captured.lines).toEqual([expect.objectContaining({ requestId: "req-7", event: "test", msg: "hello" })]);
  });

  it("leaves the field out when the request has no id", async () => {
    const captured = capturingLogger();
    vi.spyOn(logger, "child").mockImplementation((bindings) => captured.logger.child(bindings));

    (await requestLogger()).info("hello");

    expect(captured.lines[0]).not.toHaveProperty("requestId");
  });
});
