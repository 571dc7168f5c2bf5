import { describe, expect, it } from "vitest";
import { setBookmarkSchema } from "./schema";

describe("the bookmark form", () => {
  it("reads the wanted state, not a toggle", () => {
    expect(setBookmarkSchema.parse({ postId: "cmpost1", bookmark: "true" })).toEqual({ postId: "cmpost1", bookmark: true });
    expect(setBookmarkSchema.parse({ postId: "cmpost1", bookmark: "false" })).toEqual({ postId: "cmpost1", bookmark: false });
  });

  it("refuses anything but a record id and true or false, saying which post is unknown", () => {
    for (const bookmark of ["", "toggle", "TRUE", "1"]) {
      expect(setBookmarkSchema.safeParse({ postId: "cmpost1", bookmark }).success, bookmark).toBe(false);
    }
    for (const postId of ["", "Upper", "a\u0000", "'; DROP TABLE bookmarks;--", "a".repeat(65)]) {
      const parsed = setBookmarkSchema.safeParse({ postId, bookmark: "true" });
      expect(parsed.success, postId).toBe(false);
    }
    expect(setBookmarkSchema.safeParse({ postId: "Upper", bookmark: "true" }).error?.issues[0]?.message).toBe("Unknown post.");
  });
});
