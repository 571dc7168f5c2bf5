import { describe, expect, it } from "vitest";
import { linkParts } from "./links";

const joined = (text: string, mentions = true) =>
  linkParts(text, { mentions })
    .map((part) => part.text)
    .join("");
const links = (text: string, mentions = true) => linkParts(text, { mentions }).filter((part) => part.kind !== "text");

describe("linkParts", () => {
  it("links http(s) addresses without the sentence's punctuation after them", () => {
    expect(linkParts("Photos at https://example.com/a?b=1#c. And (http://x.test/y)!")).toEqual([
      { kind: "text", text: "Photos at " },
      { kind: "url", text: "https://example.com/a?b=1#c" },
      { kind: "text", text: ". And (" },
      { kind: "url", text: "http://x.test/y" },
      { kind: "text", text: ")!" },
    ]);
  });

  it("links @names to lower-case usernames only when asked, and not inside emails, paths or longer names", () => {
    expect(links("Hi @Ada_L, ask bob@example.com or see https://x.test/@dana")).toEqual([
      { kind: "mention", text: "@Ada_L", username: "ada_l" },
      { kind: "url", text: "https://x.test/@dana" },
    ]);
    expect(links("Hi @ada", false)).toEqual([]);
    expect(links(`@ab @${"a".repeat(31)} @@ada x@ada`)).toEqual([]);
    expect(links("(@ada) and @ada.")).toEqual([
      { kind: "mention", text: "@ada", username: "ada" },
      { kind: "mention", text: "@ada", username: "ada" },
    ]);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/path",
    "java\nscript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
  ])("makes no link of %j", (text) => {
    expect(links(text)).toEqual([]);
    expect(joined(text)).toBe(text);
  });

  it("stops a link at a quote or angle bracket, so it cannot carry markup", () => {
    expect(links('https://x.test/"><script>alert(1)</script>')).toEqual([{ kind: "url", text: "https://x.test/" }]);
    expect(links("https://x.test/<img onerror=alert(1)>")).toEqual([{ kind: "url", text: "https://x.test/" }]);
  });

  it("cuts very long text and loses nothing (a backtracking pattern would time this test out)", () => {
    const hostile = [
      `https://${".".repeat(100_000)}`,
      "@".repeat(100_000),
      `${"http://".repeat(20_000)}x`,
      `${"@ada".repeat(25_000)}`,
      "a".repeat(100_000),
    ];
    for (const text of hostile) expect(joined(text)).toBe(text);
  });
});
