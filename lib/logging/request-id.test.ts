import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id";

describe("requestIdFor", () => {
  const generate = () => "generated-id";

  it("keeps a well-formed incoming id", () => {
    for (const incoming of ["0b7c1f3e-6a2d-4b8e-9f10-3c5d7e9a1b2c", "Root=1-67891233-abcdef012345678912345678", "a.b_c:d-e"]) {
      expect(requestIdFor(incoming, generate)).toBe(incoming);
    }
  });

  it("replaces a missing, empty, overlong or malformed id", () => {
    for (const incoming of [null, "", "x".repeat(129), "id with spaces", 'x"}\n{"level":"fatal', "ünïcode", "<script>"]) {
      expect(requestIdFor(incoming, generate)).toBe("generated-id");
    }
  });

  it("generates a UUID by default", () => {
    expect(requestIdFor(null)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });
});
