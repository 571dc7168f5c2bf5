import { describe, expect, it } from "vitest";
import { characterCount } from "./character-count";

describe("the compose box's character count", () => {
  it("says how many characters are left, counting as a person does", () => {
    expect(characterCount("", 500)).toEqual({ label: "500 characters left", over: false });
    expect(characterCount("👩‍👩‍👧 e\u0301", 5)).toEqual({ label: "2 characters left", over: false });
    expect(characterCount("abcd", 5)).toEqual({ label: "1 character left", over: false });
    expect(characterCount("abcde", 5)).toEqual({ label: "0 characters left", over: false });
    // 19 code units each: the longest emoji people type.
    expect(characterCount("👨🏻‍👩🏻‍👧🏻‍👦🏻".repeat(500), 500)).toEqual({ label: "0 characters left", over: false });
  });

  it("calls a text too long when the server will, though it shows few characters", () => {
    // One character, as the segmenter sees a chain of 4,000 joined emoji (12,002 code units): more code units than 500 characters may take.
    expect(characterCount(`👩${"\u200D👩".repeat(4_000)}`, 500)).toEqual({ label: "Too long", over: true });
  });

  it("says by how much a text is too long, never a negative number", () => {
    expect(characterCount("a".repeat(505), 500)).toEqual({ label: "5 characters over", over: true });
    expect(characterCount("a".repeat(501), 500)).toEqual({ label: "1 character over", over: true });
    expect(characterCount("a".repeat(1000), 500)).toEqual({ label: "500 characters over", over: true });
  });

  it("stops counting at twice the limit, however long the text", () => {
    const started = performance.now();
    expect(characterCount("a".repeat(1001), 500)).toEqual({ label: "More than 500 characters over", over: true });
    expect(characterCount("👩‍👩‍👧".repeat(1_250_000), 500)).toEqual({ label: "More than 500 characters over", over: true });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
