import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText, runs } from "@/test/hostile/input";
import { GET } from "./route";

describe("GET /api/health, whatever the request", () => {
  it("answers 200 with a JSON status", async () => {
    const handler = GET as (...args: unknown[]) => Promise<Response>;
    await fc.assert(
      fc.asyncProperty(hostileText, fc.anything(), async (query, context) => {
        const url = new URL("http://localhost/api/health");
        url.searchParams.set("q", query);

        const response = await handler(new Request(url), context);

        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: "ok", database: "ok", storage: "ok" });
      }),
      { numRuns: runs.some },
    );
  });
});
