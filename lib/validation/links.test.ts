import { describe, expect, it } from "vitest";
import { hashtags, linkParts, mentionedUsernames, normalizeTag, shortenedUrl } from "./links";

const joined = (text: string) =>
  linkParts(text)
    .map((part) => part.text)
    .join("");
const links = (text: string) => linkParts(text).filter((part) => part.kind !== "text");

describe("linkParts", () => {
  it("links http(s) addresses without the sentence's punctuation after them", () => {
    expect(linkParts("Photos at https://example.com/a?b=1#c. And (http://x.test/y)!")).toEqual([
      { kind: "text", text: "Photos at " },
      { kind: "url", text: "https://example.com/a?b=1#c" },
      { kind: "text", text: ". And (" },
      { kind: "url", text: "http://x.test/y" },
      { kind: "text", text: ")!" },
    ]);
    expect(linkParts("SHOUTED: HTTPS://EXAMPLE.COM/UP!")).toEqual([
      { kind: "text", text: "SHOUTED: " },
      { kind: "url", text: "HTTPS://EXAMPLE.COM/UP" },
      { kind: "text", text: "!" },
    ]);
  });

  it("keeps an address's own parentheses, and leaves out the quotes and full-width punctuation around it", () => {
    expect(links("Read https://en.wikipedia.org/wiki/Mercury_(planet) today, or (https://x.test/a_(b)_c).")).toEqual([
      { kind: "url", text: "https://en.wikipedia.org/wiki/Mercury_(planet)" },
      { kind: "url", text: "https://x.test/a_(b)_c" },
    ]);
    expect(links("She said “https://example.com/quoted” and «https://example.fr/cité»")).toEqual([
      { kind: "url", text: "https://example.com/quoted" },
      { kind: "url", text: "https://example.fr/cité" },
    ]);
    expect(links("リンクhttps://example.jp/page。続きは「https://example.jp/次」、https://x.test/[::1]!")).toEqual([
      { kind: "url", text: "https://example.jp/page" },
      { kind: "url", text: "https://example.jp/次" },
      { kind: "url", text: "https://x.test/[::1]" },
    ]);
  });

  it("finds @names as lower-case usernames, and not inside emails, paths or longer names", () => {
    expect(links("Hi @Ada_L, ask bob@example.com or see https://x.test/@dana")).toEqual([
      { kind: "mention", text: "@Ada_L", username: "ada_l" },
      { kind: "url", text: "https://x.test/@dana" },
    ]);
    expect(links(`@ab @${"a".repeat(31)} @@ada x@ada`)).toEqual([]);
    expect(links("(@ada) and @ada.")).toEqual([
      { kind: "mention", text: "@ada", username: "ada" },
      { kind: "mention", text: "@ada", username: "ada" },
    ]);
  });

  it("finds #tags in any script, normalised, and not inside words, entities, addresses or numbers", () => {
    expect(links("#Garden, #café and #Ünïcode_2 (#日本語) #Ελλάδα!")).toEqual([
      { kind: "tag", text: "#Garden", tag: "garden" },
      { kind: "tag", text: "#café", tag: "café" },
      { kind: "tag", text: "#Ünïcode_2", tag: "ünïcode_2" },
      { kind: "tag", text: "#日本語", tag: "日本語" },
      { kind: "tag", text: "#Ελλάδα", tag: "ελλάδα" },
    ]);
    expect(links("C# and a&#39;b, ##x, #1 and #2026, https://x.test/#frag, path/#x")).toEqual([{ kind: "url", text: "https://x.test/#frag" }]);
    expect(links(`#${"a".repeat(65)}`)).toEqual([]);
    expect(links(`#${"a".repeat(64)}`)).toHaveLength(1);
  });

  it("makes one tag of a letter typed with a combining accent and of the composed letter", () => {
    expect(hashtags("#cafe\u0301 #CAFÉ #café")).toEqual(["café"]);
  });

  it("stops a tag at an invisible control character, which stays text", () => {
    for (const control of ["\u200D", "\u200B", "\u202E", "\u2066", "\u200F"]) {
      expect(links(`#ab${control}cd`)).toEqual([{ kind: "tag", text: "#ab", tag: "ab" }]);
      expect(joined(`#ab${control}cd`)).toBe(`#ab${control}cd`);
    }
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/path",
    "java\nscript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
    "@<script>",
    '#"><img onerror=alert(1)>',
  ])("makes no link of %j", (text) => {
    expect(links(text)).toEqual([]);
    expect(joined(text)).toBe(text);
  });

  it("stops a link at a quote or angle bracket, so it cannot carry markup", () => {
    expect(links('https://x.test/"><script>alert(1)</script>')).toEqual([{ kind: "url", text: "https://x.test/" }]);
    expect(links("https://x.test/<img onerror=alert(1)>")).toEqual([{ kind: "url", text: "https://x.test/" }]);
    expect(links('#tag"><img onerror=alert(1)>')).toEqual([{ kind: "tag", text: "#tag", tag: "tag" }]);
  });

  it("cuts very long text and loses nothing (a backtracking pattern would time this test out)", () => {
    const hostile = [
      `https://${".".repeat(100_000)}`,
      "@".repeat(100_000),
      "#".repeat(100_000),
      `#${"é".repeat(100_000)}`,
      `${"#a".repeat(50_000)}`,
      `${"http://".repeat(20_000)}x`,
      `https://x.test/${"(".repeat(50_000)}`,
      `https://x.test/${"(a)".repeat(30_000)}.`,
      `https://x.test/${"(a".repeat(50_000)}`,
      `${"@ada".repeat(25_000)}`,
      "a".repeat(100_000),
    ];
    for (const text of hostile) expect(joined(text)).toBe(text);
  });
});

describe("mentionedUsernames and hashtags", () => {
  it("list each name and tag once, in order of first use", () => {
    const text = "@Bob meets @ada and @BOB about #Tea, #tea and #coffee";
    expect(mentionedUsernames(text)).toEqual(["bob", "ada"]);
    expect(hashtags(text)).toEqual(["tea", "coffee"]);
  });
});

describe("normalizeTag", () => {
  it("accepts what a tag may be, normalised, and refuses the rest", () => {
    expect(normalizeTag("Garden")).toBe("garden");
    expect(normalizeTag("cafe\u0301")).toBe("café");
    for (const refused of ["", "12", "a b", "a#b", "a/b", "<script>", "a".repeat(65), "ab\u200D"]) expect(normalizeTag(refused)).toBeNull();
  });
});

describe("shortenedUrl", () => {
  it("hides the scheme and what is past 30 characters, keeping every character", () => {
    const url = "https://www.example.com/a/very/long/path/to/somewhere?x=1";
    const { hiddenStart, shown, hiddenEnd } = shortenedUrl(url);
    expect([hiddenStart, shown]).toEqual(["https://www.", "example.com/a/very/long/path/t"]);
    expect(hiddenStart + shown + hiddenEnd).toBe(url);
    expect(shortenedUrl("http://x.test/")).toEqual({ hiddenStart: "http://", shown: "x.test/", hiddenEnd: "" });
  });
});
