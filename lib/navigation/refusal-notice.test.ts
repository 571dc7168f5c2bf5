import { describe, expect, it } from "vitest";
import { pageAddress } from "./refusal-notice";

describe("pageAddress", () => {
  it("keeps the page's own query, and says the new refusal, not an earlier one", () => {
    const page = new URL("http://localhost/search?q=tea&refused=not-done");
    expect(pageAddress(page, "post-gone", "post-1")).toBe("/search?q=tea&refused=post-gone#post-1");
    expect(pageAddress(page, null, null)).toBe("/search?q=tea");
  });

  it("does not bring back the home page's news of a post, said once when it came", () => {
    expect(pageAddress(new URL("http://localhost/?post=posted"), null, "post-2")).toBe("/#post-2");
    expect(pageAddress(new URL("http://localhost/?post=deleted&cursor=abc"), "not-done", null)).toBe("/?cursor=abc&refused=not-done");
  });
});
