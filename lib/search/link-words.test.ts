import { describe, expect, it } from "vitest";
import type { SnippetPart } from "./highlight";
import { markLinkWords } from "./link-words";

const plain = (text: string): SnippetPart[] => [{ text, highlighted: false }];
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.highlighted).map((part) => part.text);

describe("markLinkWords", () => {
  it("marks a matched part of a link where it stands", () => {
    const parts = markLinkWords(plain("Read https://www.gitforge.net/ada/keyring.js today"), ["gitforge", "js"]);
    expect(parts).toEqual([
      { text: "Read https://www.", highlighted: false },
      { text: "gitforge", highlighted: true },
      { text: ".net/ada/keyring.", highlighted: false },
      { text: "js", highlighted: true },
      { text: " today", highlighted: false },
    ]);
  });

  it("marks a matched host or segment whole, and every link it stands in", () => {
    const parts = markLinkWords(plain("w3.org/WAI and mail.w3.org"), ["w3.org"]);
    expect(marked(parts)).toEqual(["w3.org", "w3.org"]);
  });

  it("keeps the text's own marks, joining a mark that meets them", () => {
    const parts = markLinkWords(
      [
        { text: "Quillwork", highlighted: true },
        { text: " at quillwork.org", highlighted: false },
      ],
      ["quillwork"],
    );
    expect(parts).toEqual([
      { text: "Quillwork", highlighted: true },
      { text: " at ", highlighted: false },
      { text: "quillwork", highlighted: true },
      { text: ".org", highlighted: false },
    ]);
  });

  it("marks nothing inside a longer word, nor outside links", () => {
    const parts = markLinkWords(plain("jsx.dev/next.json and plain js here"), ["js", "next"]);
    expect(marked(parts)).toEqual(["next"]);
  });

  it("finds a link after a long run of text without spaces", () => {
    const parts = markLinkWords(plain(`${"a\u0301".repeat(2_490)} x.io`), ["x", "io", "a"]);
    expect(marked(parts)).toEqual(["x", "io"]);
  });

  it("leaves the parts as they are when no part of a link matched", () => {
    const parts = plain("See example.org");
    expect(markLinkWords(parts, [])).toBe(parts);
    expect(markLinkWords(parts, ["elsewhere"])).toEqual(parts);
  });
});
