import { describe, expect, it } from "vitest";
import { isCurrentPath } from "./current-path";

describe("isCurrentPath", () => {
  it("marks Home on the home page only", () => {
    expect(isCurrentPath("/", "/")).toBe(true);
    expect(isCurrentPath("/explore", "/")).toBe(false);
  });

  it("marks an entry on its own pages, but not on pages that merely start with its letters", () => {
    expect(isCurrentPath("/explore", "/explore")).toBe(true);
    expect(isCurrentPath("/settings/extra", "/settings")).toBe(true);
    expect(isCurrentPath("/searching", "/search")).toBe(false);
  });

  it("marks your profile at both of its addresses and on its follower lists", () => {
    expect(isCurrentPath("/@ada", "/@ada")).toBe(true);
    expect(isCurrentPath("/%40ada", "/@ada")).toBe(true);
    expect(isCurrentPath("/u/ada/followers", "/@ada")).toBe(true);
    expect(isCurrentPath("/@adam", "/@ada")).toBe(false);
    expect(isCurrentPath("/@bruno", "/@ada")).toBe(false);
  });

  it("survives an address that does not decode", () => {
    expect(isCurrentPath("/%E0%A4%A", "/search")).toBe(false);
  });
});
