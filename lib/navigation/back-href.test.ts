import { describe, expect, it } from "vitest";
import { expectSameOriginPath } from "@/test/invariants";
import { backHref } from "./back-href";

const HOST = "commons.example";
const POST = "/p/cmabc123";

describe("backHref", () => {
  it.each([
    ["the home feed", "https://commons.example/", "/"],
    ["explore, a few pages down", "https://commons.example/explore?cursor=abc", "/explore?cursor=abc"],
    ["a profile", "http://commons.example/@ada", "/@ada"],
    ["a search", "https://commons.example/search?q=coffee#x", "/search?q=coffee"],
    ["another post", "https://commons.example/p/cmother", "/p/cmother"],
  ])("returns to %s", (_label, referer, expected) => {
    expect(backHref(referer, HOST, POST)).toBe(expected);
  });

  it.each([
    ["no referer", null],
    ["another site", "https://evil.example/@ada"],
    ["a look-alike host", "https://commons.example.evil.example/"],
    ["the post itself", `https://commons.example${POST}`],
    ["its edit form", `https://commons.example${POST}/edit`],
    ["its history", `https://commons.example${POST}/history?cursor=x`],
    ["the login page", "https://commons.example/login?callbackUrl=%2F"],
    ["an API answer", "https://commons.example/api/health"],
    ["a path naming another host", "https://commons.example//evil.example/x"],
    ["a path naming another host, escaped", "https://commons.example/%2Fevil.example"],
    ["a script URL", "javascript:alert(1)"],
    ["garbage", "not a url"],
  ])("goes home after %s", (_label, referer) => {
    expect(backHref(referer, HOST, POST)).toBe("/");
  });

  it("goes home without a host to compare with", () => {
    expect(backHref("https://commons.example/@ada", null, POST)).toBe("/");
  });

  it.each(["https://commons.example/./\\evil.example", "https://commons.example/\t/evil.example", "https://commons.example/a/../..//evil.example"])(
    "only ever gives a same-origin path (%s)",
    (referer) => {
      expectSameOriginPath(backHref(referer, HOST, POST));
    },
  );
});
