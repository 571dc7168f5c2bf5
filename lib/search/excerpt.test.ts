import { describe, expect, it } from "vitest";
import { type Excerpt, toExcerpt } from "./excerpt";
import { parseSnippet } from "./highlight";

/** Marks words with [ and ] as the query marks matches, for readable cases. */
const marked = (text: string) => parseSnippet(text.replaceAll("[", "\uE000").replaceAll("]", "\uE001"));

/** The excerpt as a reader sees it: "…" at each cut, matches in brackets. */
const shown = ({ parts, cutBefore, cutAfter }: Excerpt) =>
  (cutBefore ? "…" : "") + parts.map((part) => (part.highlighted ? `[${part.text}]` : part.text)).join("") + (cutAfter ? "…" : "");

const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `w${from + index}`).join(" ");

describe("toExcerpt", () => {
  it("shows a short post whole, punctuation and line breaks included", () => {
    const text = "[Gardening] again:\nthe [gardens] look great.";
    expect(shown(toExcerpt(marked(text)))).toBe(text);
  });

  it("cuts only at the ends, between words, and says so with …", () => {
    const text = `${words(1, 40)} [garden] ${words(41, 120)}.`;
    const excerpt = toExcerpt(marked(text), 100);
    const visible = shown(excerpt);
    expect(visible).toMatch(/^…w\d+ /);
    expect(visible).toMatch(/ w\d+…$/);
    expect(visible).toContain("[garden]");
    // Every word between the two cuts is there, in order: nothing is dropped from the middle.
    const kept = visible.replace(/[…[\]]/g, "");
    expect(text.replace(/[[\]]/g, "")).toContain(kept);
    expect(kept.length).toBeLessThanOrEqual(100);
  });

  it("starts at the beginning when the match is near it", () => {
    const excerpt = toExcerpt(marked(`A [garden] ${words(1, 100)}`), 80);
    expect(excerpt.cutBefore).toBe(false);
    expect(excerpt.cutAfter).toBe(true);
    expect(shown(excerpt)).toMatch(/^A \[garden\] w1 w2 .* w\d+…$/);
  });

  it("runs to the end when the match is near it, keeping the final punctuation", () => {
    const excerpt = toExcerpt(marked(`${words(1, 100)} near the [garden].`), 80);
    expect(excerpt.cutBefore).toBe(true);
    expect(excerpt.cutAfter).toBe(false);
    expect(shown(excerpt)).toMatch(/^…w\d+ .* near the \[garden\]\.$/);
  });

  it("cuts inside a word longer than the excerpt without splitting an emoji", () => {
    const excerpt = toExcerpt(marked(`[${"🌱".repeat(30)}]`), 15);
    expect(excerpt.parts[0]?.text).toBe("🌱".repeat(7));
    expect(excerpt.cutAfter).toBe(true);
  });

  it("starts at the beginning when nothing is marked", () => {
    expect(shown(toExcerpt(marked(words(1, 100)), 40))).toMatch(/^w1 w2 .*…$/);
  });
});
