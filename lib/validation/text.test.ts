import { describe, expect, it } from "vitest";
import { characterLimit, countCharacters, cutToCodeUnits } from "./text";

const limit = characterLimit(5);

describe("countCharacters", () => {
  it("counts characters as a person does, up to one past the limit", () => {
    expect(countCharacters("👩‍👩‍👧e\u0301ab", limit)).toBe(4);
    expect(countCharacters("abcde", limit)).toBe(5);
    expect(countCharacters("abcdefghij", limit)).toBe(6);
  });

  it("calls a text too long without segmenting it when it has more code units than the limit allows", () => {
    // Segmenting 10 MB would take minutes and gigabytes; this answers at once.
    expect(countCharacters("a".repeat(10 * 1024 * 1024), characterLimit(500))).toBe(501);
    expect(countCharacters("a".repeat(limit.codeUnits + 1), limit)).toBe(6);
  });
});

describe("cutToCodeUnits", () => {
  it("keeps text within the limit whole and cuts longer text, never through a surrogate pair", () => {
    expect(cutToCodeUnits("abc", 3)).toBe("abc");
    expect(cutToCodeUnits("abcd", 3)).toBe("abc");
    expect(cutToCodeUnits("ab👩", 3)).toBe("ab");
    expect(cutToCodeUnits("a👩b", 3)).toBe("a👩");
  });
});
