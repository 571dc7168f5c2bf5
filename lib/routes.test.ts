import { describe, expect, it } from "vitest";
import { blockHref, cardAnchor, commentHref, deleteCommentHref, deletePostHref, followListHref, postCommentsHref, postHref, profileHref, suspendHref, withCursor } from "./routes";

describe("routes", () => {
  it("writes a profile as /@name", () => {
    expect(profileHref("ada_l0")).toBe("/@ada_l0");
  });

  it("puts follow lists under the profile", () => {
    expect(followListHref("ada", "followers")).toBe("/@ada/followers");
    expect(followListHref("ada", "following")).toBe("/@ada/following");
  });

  it("addresses a post and its comments", () => {
    expect(postHref("cm0abc123")).toBe("/p/cm0abc123");
    expect(postCommentsHref("cm0abc123")).toBe("/p/cm0abc123#comments");
  });

  it("gives each comment a permalink under its post, paging its replies", () => {
    expect(commentHref("cm0abc123", "cm0def456")).toBe("/p/cm0abc123/c/cm0def456");
    expect(commentHref("cm0abc123", "cm0def456", "eyJhIjoxfQ")).toBe("/p/cm0abc123/c/cm0def456?cursor=eyJhIjoxfQ");
  });

  it("opens a later page of comments without an anchor, which would cancel the landing on its first new comment", () => {
    expect(postCommentsHref("cm0abc123", "eyJhIjoxfQ")).toBe("/p/cm0abc123?cursor=eyJhIjoxfQ");
  });

  it("puts each confirmation page beside what it confirms", () => {
    expect(deletePostHref("cm0abc123")).toBe("/p/cm0abc123/delete");
    expect(deleteCommentHref("cm0def456")).toBe("/comments/cm0def456/delete");
    expect(suspendHref("ada")).toBe("/@ada/suspend");
    expect(blockHref("ada")).toBe("/@ada/block");
    expect(cardAnchor("cm0abc123")).toBe("post-cm0abc123");
  });

  it("adds a cursor to any path", () => {
    expect(withCursor("/", "tok-_1")).toBe("/?cursor=tok-_1");
    expect(withCursor("/@ada/following", "tok")).toBe("/@ada/following?cursor=tok");
  });
});
