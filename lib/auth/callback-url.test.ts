import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/", "/settings", "/@ada?tab=likes", "/p/abc#comments"])("keeps the same-origin path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "settings",
    "",
    undefined,
    42,
    `/${"a".repeat(3000)}`,
  ])("falls back to / for %s", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });
});
