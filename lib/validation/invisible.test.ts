import { describe, expect, it } from "vitest";
import { drawsNothing, reordersText, withoutInvisibleCharacters } from "./invisible";

describe("drawsNothing", () => {
  it.each(["", "  ", "\u200B\u200B", " \u200B ", "\uFE0F\u200D\uFE0F", "\u2800", "\u202E\u2066", "\u{E0041}\u{E007F}", "\u3164"])("is true of %j", (text) => {
    expect(drawsNothing(text, 100)).toBe(true);
  });

  it.each(["a", "\u200Ba", "☀️", "👩‍👩‍👧", "می‌خواهم", "e\u0301"])("is false of %j", (text) => {
    expect(drawsNothing(text, 100)).toBe(false);
  });
});

describe("drawsNothing past the field's limit", () => {
  it("does not look: a text longer than the limit is refused for its length, unread", () => {
    expect(drawsNothing("\u200B".repeat(100), 100)).toBe(true);
    expect(drawsNothing("\u200B".repeat(101), 100)).toBe(false);
  });
});

describe("withoutInvisibleCharacters", () => {
  it("keeps one selector after an emoji, not the ones that follow it", () => {
    expect(withoutInvisibleCharacters("☀\uFE0F\uFE0F\uFE0F")).toBe("☀\uFE0F");
  });
});

describe("reordersText", () => {
  it.each([["\u202E", true], ["a\u2067b", true], ["a\u200Fb", false], ["plain", false]] as const)("%j: %s", (text, reorders) => {
    expect(reordersText(text)).toBe(reorders);
  });
});
