import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commentSchema } from "@/lib/comments/schema";
import { STACKED_MARKS_MESSAGE } from "@/lib/validation/text";
import { EMPTY_POST_MESSAGE, POST_TEXT_LIMIT, postFormImages, postSchema } from "./schema";

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

describe("a post's images", () => {
  const picture = new File(["not decoded here"], "dot.png", { type: "image/png" });

  it("pairs each chosen file with the description in its position, skipping empty inputs and text sent as a file", () => {
    const data = new FormData();
    data.append("images", picture);
    data.append("images", new File([], ""));
    data.append("images", "not a file");
    data.append("images", picture);
    data.append("alt", "First");
    expect(postFormImages(data)).toEqual({ images: [{ file: picture, alt: "First" }, { file: picture, alt: "" }] });
  });

  it("takes four images with their descriptions cleaned, and refuses a fifth or a description that is not text", () => {
    const images = (count: number, alt: unknown = " A\u0000 dot ") => Array.from({ length: count }, () => ({ file: picture, alt }));
    expect(postSchema.parse({ text: "Hi", images: images(4) }).images.map((image) => image.alt)).toEqual(Array(4).fill("A dot"));
    const refusal = (images: unknown) => z.flattenError(postSchema.safeParse({ text: "Hi", images }).error!).fieldErrors;
    expect(refusal(images(5))).toEqual({ images: ["Attach at most 4 images."] });
    expect(refusal(images(1, picture))).toEqual({ images: [expect.stringMatching(/expected string/)] });
  });
});

describe("what a post needs", () => {
  const picture = new File(["not decoded here"], "dot.png", { type: "image/png" });
  const refusal = (post: unknown) => z.flattenError(postSchema.safeParse(post).error!).fieldErrors;

  it("takes text alone, images alone (with or without descriptions), or both", () => {
    expect(postSchema.parse({ text: " Hi " })).toEqual({ text: "Hi", contentWarning: "", redirectTo: "", images: [] });
    expect(postSchema.parse({ text: " \n ", images: [{ file: picture, alt: " A dot " }] })).toEqual({
      text: "",
      contentWarning: "",
      redirectTo: "",
      images: [{ file: picture, alt: "A dot" }],
    });
    expect(postSchema.parse({ text: "", images: [{ file: picture, alt: "" }] }).images).toHaveLength(1);
  });

  it("leads only to the home feed after posting, never to an address it is sent", () => {
    expect(postSchema.parse({ text: "Hi", redirectTo: "home" }).redirectTo).toBe("home");
    expect(refusal({ text: "Hi", redirectTo: "https://elsewhere.example/" }).redirectTo).toHaveLength(1);
  });

  it("refuses a post with neither, on its text", () => {
    expect(refusal({ text: "  ", images: [] })).toEqual({ text: [EMPTY_POST_MESSAGE] });
    expect(refusal({ text: "\u0000" })).toEqual({ text: [EMPTY_POST_MESSAGE] });
  });

  it("counts text that shows nothing as none: zero-width spaces alone are no post, and no text beside an image", () => {
    expect(refusal({ text: "\u200B\u200B", images: [] })).toEqual({ text: [EMPTY_POST_MESSAGE] });
    expect(refusal({ text: " \u2060\uFEFF\u202E " })).toEqual({ text: [EMPTY_POST_MESSAGE] });
    expect(postSchema.parse({ text: "\u200B", images: [{ file: picture, alt: "" }] }).text).toBe("");
    // Past the most code units a post may have, it is too long, whatever it shows: not looked through.
    expect(refusal({ text: "\u200B".repeat(POST_TEXT_LIMIT.codeUnits + 1), images: [{ file: picture, alt: "" }] })).toEqual({ text: ["Keep it to 500 characters."] });
    // Text that shows something keeps every character typed, its direction marks too.
    expect(postSchema.parse({ text: "\u200Fשלום\u200B" }).text).toBe("\u200Fשלום\u200B");
    expect(z.flattenError(commentSchema.safeParse({ postId: "cmpost0000000000000000001", text: " \u200B " }).error!).fieldErrors).toEqual({ text: ["Write something to comment."] });
  });

  it("refuses accents stacked by the hundred on one letter, in the text or the warning, and takes real writing's few", () => {
    const zalgo = `Hello ${"e" + "\u0301\u0316\u0489".repeat(1000)}`;
    expect(refusal({ text: zalgo })).toEqual({ text: [STACKED_MARKS_MESSAGE] });
    expect(refusal({ text: "Hi", contentWarning: `Spoilers${"\u0300".repeat(9)}` })).toEqual({ contentWarning: [STACKED_MARKS_MESSAGE] });
    for (const text of ["Tiếng Việt", "בְּרֵאשִׁ֖ית", "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308"]) expect(postSchema.parse({ text }).text).toBe(text);
  });
});
