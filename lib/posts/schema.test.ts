import { describe, expect, it } from "vitest";
import { commentSchema } from "@/lib/comments/schema";
import { postSchema } from "./schema";

describe("post and comment bodies", () => {
  // Counting graphemes is quadratic in the length: 100,000 characters once took
  // over ten seconds and gigabytes of memory per request.
  it("refuses 100,000 characters at once, without counting them", () => {
    const started = performance.now();
    const post = postSchema.safeParse({ text: "\\".repeat(100_000) });
    const comment = commentSchema.safeParse({ postId: "abc", text: "👩‍👩‍👧".repeat(20_000) });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(post.error?.issues.map((issue) => issue.message)).toEqual(["Keep it to 500 characters."]);
    expect(comment.error?.issues.map((issue) => issue.message)).toEqual(["Keep it to 500 characters."]);
  });
});
