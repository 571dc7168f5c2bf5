import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { uploadDir } from "@/lib/uploads/storage";
import { uploadMessages } from "@/lib/uploads/validate";
import { createPost as createPostAction, deletePost, setLike } from "./actions";
import { EMPTY_POST_MESSAGE } from "./schema";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";

// Its own upload folder, so "no new files" cannot be disturbed by other test files.
beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-post-uploads-"));
});

async function png(color: string, width = 300, height = 200): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], `${color}.png`, { type: "image/png" });
}

function postForm(text: string, images: File[] = [], alts: string[] = []) {
  const data = form({ text });
  for (const image of images) data.append("images", image);
  for (const alt of alts) data.append("alt", alt);
  return data;
}

async function storedFiles() {
  return readdir(uploadDir()).catch(() => []);
}

describe("createPost", () => {
  it("creates a post with its images in order, with their descriptions", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const result = await createPostAction(
      null,
      postForm("  Two pictures 🌅\nfrom today  ", [await png("#ff0000", 3000, 1000), await png("#00ff00")], ["Red", "Green"]),
    );
    expect(result).toEqual({ ok: true, message: "Posted." });
    const post = await db.post.findFirstOrThrow({ where: { authorId: user.id }, include: { images: { orderBy: { position: "asc" } } } });
    expect(post.text).toBe("Two pictures 🌅\nfrom today");
    expect(post.images.map((image) => [image.alt, image.width, image.height])).toEqual([
      ["Red", 2048, 683],
      ["Green", 300, 200],
    ]);
    expect(await storedFiles()).toEqual(expect.arrayContaining(post.images.map((image) => image.fileKey)));
    // The post's rows took over from the uploads' claims (lib/uploads/claims.ts).
    expect(await db.uploadClaim.count({ where: { fileKey: { in: post.images.map((image) => image.fileKey) } } })).toBe(0);
  });

  it("counts characters as people do: 500 emoji fit, 501 do not", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await createPostAction(null, postForm("👩‍👩‍👧".repeat(500)))).toMatchObject({ ok: true });
    // The longest emoji people type: 19 code units and 11 code points each, within the app's and the database's bounds.
    expect(await createPostAction(null, postForm("👨🏻‍👩🏻‍👧🏻‍👦🏻".repeat(500)))).toMatchObject({ ok: true });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(2);
    expect(await createPostAction(null, postForm("é".repeat(501)))).toMatchObject({
      ok: false,
      fieldErrors: { text: ["Keep it to 500 characters."] },
    });
  });

  it.each([
    ["empty", ""],
    ["only spaces", "   \n  "],
    ["only a NUL byte", "\u0000"],
  ])("refuses %s text without images and stores nothing", async (_label, text) => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await createPostAction(null, postForm(text))).toMatchObject({
      ok: false,
      fieldErrors: { text: [EMPTY_POST_MESSAGE] },
    });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
  });

  it("creates a post of images alone, each with its description", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const result = await createPostAction(null, postForm("  ", [await png("#123456"), await png("#654321", 200, 400)], ["Dark blue", "Brown"]));
    expect(result).toEqual({ ok: true, message: "Posted." });
    const post = await db.post.findFirstOrThrow({ where: { authorId: user.id }, include: { images: { orderBy: { position: "asc" } } } });
    expect(post.text).toBe("");
    expect(post.images.map((image) => [image.alt, image.width, image.height])).toEqual([
      ["Dark blue", 300, 200],
      ["Brown", 200, 400],
    ]);
  });

  it("names the one file it refuses, keeps the text and the descriptions, and says how many images to choose again", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const before = await storedFiles();
    // A GIF's signature and nothing a decoder can read after it.
    const broken = new File([new TextEncoder().encode("GIF89a\u0001\u0000broken")], "holiday.gif", { type: "image/gif" });
    const result = await createPostAction(null, postForm("Our holiday", [await png("#0000ff"), broken, await png("#00ffff")], ["Sea", "Sun", "Sky"]));
    expect(result).toEqual({
      ok: false,
      fieldErrors: { images: [`holiday.gif: ${uploadMessages.unreadable}`] },
      values: { text: "Our holiday", images: "3", "alt-0": "Sea", "alt-1": "Sun", "alt-2": "Sky" },
    });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    expect(await storedFiles()).toEqual(before);

    // Images alone are refused the same way, and a refusal of the text counts the images too.
    expect(await createPostAction(null, postForm("", [broken]))).toMatchObject({
      fieldErrors: { images: [`holiday.gif: ${uploadMessages.unreadable}`] },
      values: { text: "", images: "1" },
    });
    expect(await createPostAction(null, postForm("é".repeat(501), [await png("#ffffff")]))).toMatchObject({
      fieldErrors: { text: ["Keep it to 500 characters."] },
      values: { images: "1" },
    });
  });

  it("refuses a fifth image, and a bad image anywhere, leaving no post and no new files", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const before = await storedFiles();
    const five = await Promise.all(["#111111", "#222222", "#333333", "#444444", "#555555"].map((color) => png(color)));
    expect(await createPostAction(null, postForm("Five", five))).toMatchObject({
      fieldErrors: { images: ["Attach at most 4 images."] },
    });
    const fake = new File(["<svg onload=alert(1)>"], "evil.png", { type: "image/png" });
    const result = await createPostAction(null, postForm("Bad third", [await png("#666666"), await png("#777777"), fake]));
    expect(result).toMatchObject({ ok: false, values: { text: "Bad third" } });
    expect(result.ok === false && result.fieldErrors?.images?.[0]).toContain("evil.png: That file is not a JPEG");
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it("refuses anonymous visitors", async () => {
    expect(await createPostAction(null, postForm("Hello"))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});

describe("deletePost", () => {
  it("lets the author delete the post with its likes, comments and image files", async () => {
    const [author, fan] = await Promise.all([createUser(), createUser()]);
    await signInAs(author.id);
    await createPostAction(null, postForm("Going soon", [await png("#abcdef")]));
    const post = await db.post.findFirstOrThrow({ where: { authorId: author.id }, include: { images: true } });
    await db.like.create({ data: { userId: fan.id, postId: post.id } });
    await db.comment.create({ data: { postId: post.id, authorId: fan.id, text: "Bye" } });

    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toEqual({ ok: true, message: "Post deleted." });
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
    expect(await storedFiles()).not.toContain(post.images[0]!.fileKey);
  });

  it("leads from the composer's own page to the home feed, which says it is posted", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await expect(createPostAction(null, form({ text: "From the composer's page", redirectTo: "home" }))).rejects.toEqual(new RedirectError("/?post=posted"));
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(1);
  });

  it("returns home from the post's own page, saying whether its author deleted it or an admin removed it", async () => {
    const [author, admin] = await Promise.all([createUser(), createUser({ role: "ADMIN" })]);
    const [own, reported] = await Promise.all([createPost(author.id), createPost(author.id)]);
    await signInAs(author.id);
    await expect(deletePost(null, form({ postId: own.id, redirectTo: "home" }))).rejects.toEqual(new RedirectError("/?post=deleted"));
    await signInAs(admin.id);
    await expect(deletePost(null, form({ postId: reported.id, redirectTo: "home" }))).rejects.toEqual(new RedirectError("/?post=removed"));
  });

  it("refuses someone else's post, unknown posts and anonymous visitors", async () => {
    const [author, other] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(other.id);
    const refused = { ok: false, message: "This post is gone or is not yours to delete." };
    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toEqual(refused);
    expect(await deletePost(null, form({ postId: "nosuchpost", redirectTo: "" }))).toEqual(refused);
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
  });
});

describe("setLike", () => {
  it("likes and unlikes idempotently, answering the true count", async () => {
    const [author, fan] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(fan.id);
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: true, liked: true, likeCount: 1 });
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: true, liked: true, likeCount: 1 });
    expect(await setLike(null, form({ postId: post.id, like: "false" }))).toEqual({ ok: true, liked: false, likeCount: 0 });
    expect(await setLike(null, form({ postId: post.id, like: "false" }))).toEqual({ ok: true, liked: false, likeCount: 0 });
  });

  it("stays exact under concurrent likes from one person and from many", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const fans = await Promise.all(Array.from({ length: 8 }, () => createUser()));
    await signInAs(fans[0]!.id);
    await Promise.all(Array.from({ length: 10 }, () => setLike(null, form({ postId: post.id, like: "true" }))));
    expect(await db.like.count({ where: { postId: post.id } })).toBe(1);

    await Promise.all(fans.slice(1).map((fan) => db.like.create({ data: { userId: fan.id, postId: post.id } })));
    const result = await setLike(null, form({ postId: post.id, like: "true" }));
    expect(result).toEqual({ ok: true, liked: true, likeCount: 8 });
  });

  it("refuses a deleted post, bad input and anonymous visitors", async () => {
    const user = await createUser();
    const post = await createPost(user.id);
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(user.id);
    await db.post.delete({ where: { id: post.id } });
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: false, message: "This post was deleted or is no longer available." });
    expect(await setLike(null, form({ postId: post.id, like: "maybe" }))).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE });
    expect(await db.like.count({ where: { userId: user.id } })).toBe(0);
  });
});
