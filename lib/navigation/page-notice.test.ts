import { describe, expect, it } from "vitest";
import { pageAddress } from "./page-notice";

describe("pageAddress", () => {
  it("keeps the page's own query, and says the new refusal, not an earlier one", () => {
    const page = new URL("http://localhost/search?q=tea&refused=not-done");
    expect(pageAddress(page, "post-gone", "post-1")).toBe("/search?q=tea&refused=post-gone#post-1");
    expect(pageAddress(page, null, null)).toBe("/search?q=tea");
  });

  it("says a success in place of an earlier one or a refusal, and never beside a refusal", () => {
    const page = new URL("http://localhost/settings/safety?blocked=abc&said=unmuted&refused=not-done");
    expect(pageAddress(page, null, null, "unblocked")).toBe("/settings/safety?blocked=abc&said=unblocked");
    expect(pageAddress(page, "account-gone", null, "unblocked")).toBe("/settings/safety?blocked=abc&refused=account-gone");
    expect(pageAddress(page, null, null)).toBe("/settings/safety?blocked=abc");
  });

  it("does not bring back the home page's news of a post, said once when it came", () => {
    expect(pageAddress(new URL("http://localhost/?post=posted"), null, "post-2")).toBe("/#post-2");
    expect(pageAddress(new URL("http://localhost/?post=deleted&cursor=abc"), "not-done", null)).toBe("/?cursor=abc&refused=not-done");
  });
});
