import { describe, expect, it } from "vitest";
import { quotedTitle } from "./page-title";

describe("quotedTitle", () => {
  it("quotes the first 60 characters of the words, marking a cut", () => {
    expect(quotedTitle("Bruno Costa", "Hello there")).toBe("Bruno Costa: “Hello there”");
    expect(quotedTitle("Bruno Costa", `${"a".repeat(60)}b`)).toBe(`Bruno Costa: “${"a".repeat(60)}…”`);
  });

  it("names the content warning instead of the words behind it", () => {
    expect(quotedTitle("Bruno Costa", "Hello … https://example.com the butler did it", "book spoilers")).toBe("Bruno Costa: CW book spoilers");
  });
});
