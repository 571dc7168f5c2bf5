import { describe, expect, it } from "vitest";
import { MAX_PAGES, parseSearchParams, wordsLookedFor, postSearchWords, searchHref } from "./schema";

describe("parseSearchParams", () => {
  it("reads a query, a result type and a page", () => {
    expect(parseSearchParams({ q: "  garden party ", type: "people", page: "3" })).toEqual({
      query: "garden party",
      type: "people",
      chosenType: "people",
      page: 3,
      error: null,
      until: null,
    });
  });

  it("falls back to the first page of top results for missing or unusable parameters", () => {
    for (const params of [{}, { type: "admins", page: "0" }, { page: "two" }, { page: String(MAX_PAGES + 1) }, { page: "1.5" }]) {
      expect(parseSearchParams(params)).toEqual({ query: "", type: "top", chosenType: "top", page: 1, error: null, until: null });
    }
  });

  it("reads when the first page of posts was made, and ignores anything that is not a time", () => {
    expect(parseSearchParams({ q: "garden", until: "1765152000000" })).toMatchObject({ until: 1765152000000 });
    for (const until of ["0", "-5", "soon", "1.5", "9e15", "", ["1765152000000", "1"]]) {
      expect(parseSearchParams({ q: "garden", until }).until, String(until)).toBe(Array.isArray(until) ? 1765152000000 : null);
    }
  });

  it("searches people for a handle unless another kind is asked for", () => {
    expect(parseSearchParams({ q: "@ada" })).toMatchObject({ query: "@ada", type: "people" });
    expect(parseSearchParams({ q: "@ada", type: "top" })).toMatchObject({ type: "people" });
    expect(parseSearchParams({ q: "@ada", type: "posts" })).toMatchObject({ type: "posts" });
    expect(parseSearchParams({ q: "ada @home" })).toMatchObject({ type: "top" });
  });

  it("keeps the tab the address asked for apart from one picked for a handle or a hashtag", () => {
    expect(parseSearchParams({ q: "@ada" })).toMatchObject({ type: "people", chosenType: "top" });
    expect(parseSearchParams({ q: "#garden", type: "top" })).toMatchObject({ type: "posts", chosenType: "top" });
    expect(parseSearchParams({ q: "#garden", type: "posts" })).toMatchObject({ type: "posts", chosenType: "posts" });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseSearchParams({ q: ["ada", "bruno"], type: ["people", "posts"] })).toMatchObject({ query: "ada", type: "people" });
  });

  it("turns NUL and other control characters into spaces", () => {
    expect(parseSearchParams({ q: "\u0000garden\u0000party\ttime\u0007" }).query).toBe("garden party time");
  });

  it("allows 200 characters as a person counts them and refuses more", () => {
    expect(parseSearchParams({ q: "a".repeat(200) }).error).toBeNull();
    expect(parseSearchParams({ q: "👩‍👩‍👧".repeat(200) }).error).toBeNull();
    const tooLong = parseSearchParams({ q: "a".repeat(201) });
    expect(tooLong.error).toBe("Search for at most 200 characters.");
    expect(tooLong.query).toHaveLength(201);
    expect(parseSearchParams({ q: "x".repeat(10_000) }).error).toBe("Search for at most 200 characters.");
  });
});

describe("searchHref", () => {
  it("builds an address that parses back to the same search", () => {
    const href = searchHref({ query: `a&b=c "%_\\ #?`, type: "posts", page: 2, until: 1765152000000 });
    const params = Object.fromEntries(new URL(href, "http://localhost").searchParams);
    expect(parseSearchParams(params)).toEqual({ query: `a&b=c "%_\\ #?`, type: "posts", chosenType: "posts", page: 2, error: null, until: 1765152000000 });
  });

  it("leaves out the first page", () => {
    expect(searchHref({ query: "ada", type: "posts", page: 1 })).toBe("/search?q=ada&type=posts");
  });
});

describe("postSearchWords", () => {
  it("makes a hyphenated word the phrase of its parts, keeping what leaves it out and what follows it", () => {
    expect(postSearchWords("dark-mode")).toBe('"dark mode"');
    expect(postSearchWords("try -dark-mode, or e-mail!")).toBe('try -"dark mode", or "e mail"!');
    expect(postSearchWords('"the dark-mode toggle" state-of-the-art')).toBe('"the dark mode toggle" "state of the art"');
    expect(postSearchWords("-festival")).toBe("-festival");
    expect(postSearchWords('"dark-mode"')).toBe('"dark mode"');
    expect(postSearchWords('"unfinished dark-mode')).toBe('"unfinished dark mode');
  });

  it("leaves links, numbers with signs and lone hyphens as they are", () => {
    for (const query of ["github.com/foo-bar", "-5", "a - b", "--", "well-", '"open'] as const) expect(postSearchWords(query)).toBe(query);
  });
});

describe("wordsLookedFor", () => {
  it.each([
    ["ada -festival", "ada"],
    ["-festival ada", "ada"],
    ["-festival", ""],
    ["- festival", ""],
    ["ada\t-festival  -@bruno", "ada"],
    ['ada -"music festival" lovelace', "ada lovelace"],
    ['ada -"music festival', "ada"],
    ["--festival", "festival"],
    ["ada -", "ada"],
  ])("leaves the excluded words of %j out: %j", (query, words) => {
    expect(wordsLookedFor(query)).toBe(words);
  });

  it.each([["well-known"], ["x-ray"], ['"ada -festival"'], ["@ada"], ["#garden"], ["Martínez"]])("keeps %j, which excludes nothing", (query) => {
    expect(wordsLookedFor(query)).toBe(query);
  });
});
