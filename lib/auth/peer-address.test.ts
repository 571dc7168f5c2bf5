import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendPeerAddressToForwardedFor } from "./peer-address";

// A plain Node.js server stands in for `next start`: the hook works on every
// request Node.js receives, before any framework sees it.
const server = createServer((request, response) => response.end(request.headers["x-forwarded-for"] ?? "none"));
let url = "";

beforeAll(async () => {
  appendPeerAddressToForwardedFor();
  appendPeerAddressToForwardedFor(); // Registering twice must not append twice.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The test server has no port.");
  url = `http://127.0.0.1:${address.port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("appendPeerAddressToForwardedFor", () => {
  it("appends the socket peer to whatever the client sent, so the last entry is always the peer", async () => {
    const seen = async (headers: Record<string, string>) => (await fetch(url, { headers })).text();
    expect(await seen({})).toBe("127.0.0.1");
    expect(await seen({ "X-Forwarded-For": "198.51.100.1" })).toBe("198.51.100.1, 127.0.0.1");
    expect(await seen({ "x-forwarded-for": "a, b" })).toBe("a, b, 127.0.0.1");
  });
});
