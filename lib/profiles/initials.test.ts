import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("the initials that stand for an account without a picture", () => {
  it.each([
    ["Ada Okafor", "AO"],
    ["سارة (فريق 2024)", "سف"],
    ["élodie", "É"],
    ["🇺🇦🇺🇦", "🇺🇦"],
    ["👋🏽👋🏽", "👋🏽"],
    ["👩‍👩‍👧 ✨", "👩‍👩‍👧"],
  ])("of %j are %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
