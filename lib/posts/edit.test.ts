import { describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createComment, createPost, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { browserSignedInAs, form, signInAs } from "@/test/next/session";
import { editPost } from "./actions";
import { getPostHistory } from "./history";
import { listLatestPosts } from "./queries";
import { EMPTY_EDIT_MESSAGE } from "./schema";
import { editPost as editPostService } from "./service";

const NOT_EDITABLE = { ok: false, message: "This post is gone or is not yours to edit." };

/** A post by `authorId` with images described by `alts`, published an hour ago. */
async function postWithImages(authorId: string, text: string, alts: string[]) {
  const post = await createPost(authorId, { text, createdAt: new Date(Date.now() - 3_600_000) });
  await db.postImage.createMany({
    data: alts.map((alt, position) => ({ postId: post.id, position, fileKey: `test-${post.id}-${position}.webp`, width: 40, height: 30, alt })),
  });
  return post;
}

function editForm(postId: string, text: string, alts: string[] = []) {
  return form({ postId, text, ...Object.fromEntries(alts.map((alt, position) => [`alt-${position}`, alt])) });
}

/** Runs the edit action; a redirect to the post's page is how it succeeds. */
async function submitEdit(data: FormData) {
  try {
    return await editPost(null, data);
  } catch (error) {
    if (error instanceof RedirectError) return { redirectedTo: error.url };
    throw error;
  }
}

async function storedPost(postId: string) {
  return db.post.findUniqueOrThrow({
    where: { id: postId },
    select: { text: true, editedAt: true, createdAt: true, images: { select: { alt: true, fileKey: true }, orderBy: { position: "asc" } } },
  });
}

describe("editPost", () => {
  it("lets the author change the text and descriptions, keeping the old version, the images, likes and comments", async () => {
    const [author, fan] = await Promise.all([createUser(), createUser()]);
    const post = await postWithImages(author.id, "Sunset at the pier", ["Orange sky", ""]);
    await db.like.create({ data: { userId: fan.id, postId: post.id } });
    await createComment(post.id, fan.id, { text: "Lovely" });
    const before = await storedPost(post.id);
    await signInAs(author.id);

    expect(await submitEdit(editForm(post.id, "  Sunrise at the pier  ", ["Orange sky over water", "A gull"]))).toEqual({
      redirectedTo: `/p/${post.id}?post=edited`,
    });

    const after = await storedPost(post.id);
    expect(after.text).toBe("Sunrise at the pier");
    expect(after.images).toEqual([
      { alt: "Orange sky over water", fileKey: before.images[0]!.fileKey },
      { alt: "A gull", fileKey: before.images[1]!.fileKey },
    ]);
    expect(after.editedAt!.getTime()).toBeGreaterThan(post.createdAt.getTime());
    expect(await db.postRevision.findMany({ where: { postId: post.id }, select: { text: true, altTexts: true, createdAt: true } })).toEqual([
      { text: "Sunset at the pier", altTexts: ["Orange sky", ""], createdAt: post.createdAt },
    ]);
    expect(await db.like.count({ where: { postId: post.id } })).toBe(1);
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(1);
    const card = (await listLatestPosts(fan.id)).items.find((item) => item.id === post.id);
    expect(card).toMatchObject({ text: "Sunrise at the pier", editedAt: after.editedAt, likeCount: 1, commentCount: 1, likedByViewer: true });
  });

  it("keeps every version, newest first, each dated when it was published", async () => {
    const author = await createUser();
    const post = await postWithImages(author.id, "v1", []);
    await signInAs(author.id);
    await submitEdit(editForm(post.id, "v2"));
    const firstEdit = (await storedPost(post.id)).editedAt!;
    await submitEdit(editForm(post.id, "v3"));
    const secondEdit = (await storedPost(post.id)).editedAt!;

    const history = await getPostHistory(post.id, null);
    expect(history?.versions.map((version) => [version.text, version.createdAt, version.current])).toEqual([
      ["v3", secondEdit, true],
      ["v2", firstEdit, false],
      ["v1", post.createdAt, false],
    ]);
    expect(history?.nextCursor).toBeNull();
  });

  it("stores nothing for an edit that changes nothing", async () => {
    const author = await createUser();
    const post = await postWithImages(author.id, "Same", ["Same alt"]);
    await signInAs(author.id);
    expect(await submitEdit(editForm(post.id, "Same ", ["Same alt"]))).toEqual({ redirectedTo: `/p/${post.id}?post=edited` });
    expect(await db.postRevision.count({ where: { postId: post.id } })).toBe(0);
    expect((await storedPost(post.id)).editedAt).toBeNull();
  });

  it("takes a browser's line breaks (\\r\\n) as the stored ones, so saving the form unchanged stores nothing", async () => {
    const author = await createUser();
    const post = await createPost(author.id, { text: "Two lines\nof text" });
    await signInAs(author.id);
    expect(await submitEdit(editForm(post.id, "Two lines\r\nof text"))).toEqual({ redirectedTo: `/p/${post.id}?post=edited` });
    expect(await db.postRevision.count({ where: { postId: post.id } })).toBe(0);
    expect((await storedPost(post.id)).editedAt).toBeNull();

    expect(await submitEdit(editForm(post.id, "Three\r\nlines\rof text"))).toEqual({ redirectedTo: `/p/${post.id}?post=edited` });
    expect((await storedPost(post.id)).text).toBe("Three\nlines\nof text");
    // The database keeps it so (posts_text_line_breaks_check): a writer that skips the schema is refused.
    await expect(db.post.update({ where: { id: post.id }, data: { text: "Back\r\nagain" } })).rejects.toThrow(/posts_text_line_breaks_check/);
  });

  it.each([
    ["text over 500 characters", "é".repeat(501), [], { fieldErrors: { text: ["Keep it to 500 characters."] } }],
    ["a description over 1,000 characters", "Fine", ["x".repeat(1001)], { fieldErrors: { alts: ["Keep image descriptions to 1000 characters."] } }],
    ["a missing description", "Fine", [], { fieldErrors: { alts: ["This post has 1 images; reload the page to describe each of them."] } }],
    ["a description too many", "Fine", ["One", "Two"], { fieldErrors: { alts: ["This post has 1 images; reload the page to describe each of them."] } }],
  ])("refuses %s with a message, keeps what was typed, and changes nothing", async (_label, text, alts, expected) => {
    const author = await createUser();
    const post = await postWithImages(author.id, "Original", ["Original alt"]);
    const before = await storedPost(post.id);
    await signInAs(author.id);
    const result = await submitEdit(editForm(post.id, text, alts));
    expect(result).toMatchObject({ ok: false, ...expected });
    expect(result).toMatchObject({ values: { text: text.slice(0, 2000) } });
    expect(await storedPost(post.id)).toEqual(before);
    expect(await db.postRevision.count({ where: { postId: post.id } })).toBe(0);
  });

  it("lets a post of images lose its text, but not a post of text alone", async () => {
    const author = await createUser();
    const [pictures, words] = await Promise.all([postWithImages(author.id, "Caption", ["A harbour"]), postWithImages(author.id, "Words", [])]);
    await signInAs(author.id);

    expect(await submitEdit(editForm(pictures.id, "   ", ["A harbour"]))).toEqual({ redirectedTo: `/p/${pictures.id}?post=edited` });
    expect((await storedPost(pictures.id)).text).toBe("");

    const before = await storedPost(words.id);
    expect(await submitEdit(editForm(words.id, "   "))).toMatchObject({ ok: false, fieldErrors: { text: [EMPTY_EDIT_MESSAGE] } });
    expect(await storedPost(words.id)).toEqual(before);
  });

  it("refuses everyone but the author: other users, an admin, anonymous visitors, and a suspended author", async () => {
    const [author, other, admin] = await Promise.all([createUser(), createUser(), createUser({ role: "ADMIN" })]);
    const post = await postWithImages(author.id, "Mine", []);
    const before = await storedPost(post.id);

    expect(await submitEdit(editForm(post.id, "Anonymous"))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    for (const intruder of [other, admin]) {
      await signInAs(intruder.id);
      expect(await submitEdit(editForm(post.id, "Not yours"))).toMatchObject(NOT_EDITABLE);
    }
    // Suspended mid-request: the session was read before, so the write's own rule must refuse.
    const authorsBrowser = await browserSignedInAs(author.id);
    const actor = (await authorsBrowser(() => getCurrentUser()))!;
    await db.user.update({ where: { id: author.id }, data: { suspendedAt: new Date() } });
    expect(await editPostService(actor, { postId: post.id, text: "While suspended", alts: [] })).toEqual(NOT_EDITABLE);
    expect(await authorsBrowser(() => submitEdit(editForm(post.id, "While suspended")))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    expect(await storedPost(post.id)).toEqual(before);
    expect(await db.postRevision.count({ where: { postId: post.id } })).toBe(0);
  });

  it("refuses a deleted post", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    await db.post.delete({ where: { id: post.id } });
    await signInAs(author.id);
    expect(await submitEdit(editForm(post.id, "Too late"))).toMatchObject(NOT_EDITABLE);
  });

  it("keeps every version when two edits race", async () => {
    const author = await createUser();
    const post = await postWithImages(author.id, "Start", []);
    const [first, second] = await Promise.all([browserSignedInAs(author.id), browserSignedInAs(author.id)]);
    await Promise.all([first(() => submitEdit(editForm(post.id, "From tab one"))), second(() => submitEdit(editForm(post.id, "From tab two")))]);
    const history = await getPostHistory(post.id, null);
    const texts = history!.versions.map((version) => version.text);
    // Whichever saved last is current; the other and the start are both kept.
    expect(texts).toHaveLength(3);
    expect(texts.at(-1)).toBe("Start");
    expect(new Set(texts)).toEqual(new Set(["Start", "From tab one", "From tab two"]));
  });
});

describe("editPost and content warnings", () => {
  async function storedWarnings(postId: string) {
    const post = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { contentWarning: true } });
    const revisions = await db.postRevision.findMany({ where: { postId }, orderBy: { createdAt: "asc" }, select: { text: true, contentWarning: true } });
    return { post: post.contentWarning, revisions };
  }

  it("adds, changes and takes off a warning, each a version that keeps the warning it had", async () => {
    const author = await createUser();
    const post = await postWithImages(author.id, "The butler did it", []);
    await signInAs(author.id);

    expect(await submitEdit(form({ postId: post.id, text: "The butler did it", contentWarning: "  book\n spoilers " }))).toEqual({
      redirectedTo: `/p/${post.id}?post=edited`,
    });
    expect(await storedWarnings(post.id)).toEqual({ post: "book spoilers", revisions: [{ text: "The butler did it", contentWarning: "" }] });

    await submitEdit(form({ postId: post.id, text: "The gardener did it", contentWarning: "film spoilers" }));
    await submitEdit(form({ postId: post.id, text: "The gardener did it", contentWarning: "" }));
    expect(await storedWarnings(post.id)).toEqual({
      post: "",
      revisions: [
        { text: "The butler did it", contentWarning: "" },
        { text: "The butler did it", contentWarning: "book spoilers" },
        { text: "The gardener did it", contentWarning: "film spoilers" },
      ],
    });
    const history = await getPostHistory(post.id, null);
    expect(history?.versions.map((version) => [version.text, version.contentWarning])).toEqual([
      ["The gardener did it", ""],
      ["The gardener did it", "film spoilers"],
      ["The butler did it", "book spoilers"],
      ["The butler did it", ""],
    ]);
  });

  it("stores nothing when the warning and all else stay as they were", async () => {
    const author = await createUser();
    const post = await createPost(author.id, { text: "Same", contentWarning: "spoilers" });
    await signInAs(author.id);
    expect(await submitEdit(form({ postId: post.id, text: "Same", contentWarning: " spoilers" }))).toEqual({ redirectedTo: `/p/${post.id}?post=edited` });
    expect(await db.postRevision.count({ where: { postId: post.id } })).toBe(0);
    expect((await storedPost(post.id)).editedAt).toBeNull();
  });

  it("refuses a warning over 100 characters as the composer does, keeps what was typed, and changes nothing", async () => {
    const author = await createUser();
    const post = await createPost(author.id, { text: "Behind a warning", contentWarning: "spoilers" });
    const before = await storedPost(post.id);
    await signInAs(author.id);
    const warning = "w".repeat(101);
    const result = await submitEdit(form({ postId: post.id, text: "Changed too", contentWarning: warning }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { contentWarning: ["Keep the content warning to 100 characters."] } });
    expect(result).toMatchObject({ values: { text: "Changed too", contentWarning: warning } });
    expect(await storedPost(post.id)).toEqual(before);
    expect(await storedWarnings(post.id)).toEqual({ post: "spoilers", revisions: [] });
  });

  it("keeps the warning when a caller other than the form leaves it out", async () => {
    const author = await createUser();
    const post = await createPost(author.id, { text: "Before", contentWarning: "spoilers" });
    const actor = (await (await browserSignedInAs(author.id))(() => getCurrentUser()))!;
    expect(await editPostService(actor, { postId: post.id, text: "After", alts: [] })).toEqual({ ok: true, changed: true });
    expect(await storedWarnings(post.id)).toEqual({ post: "spoilers", revisions: [{ text: "Before", contentWarning: "spoilers" }] });
  });
});

describe("getPostHistory", () => {
  it("shows nothing for a post whose author is suspended, or an id that is no post", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    expect(await getPostHistory(post.id, null)).not.toBeNull();
    await db.user.update({ where: { id: author.id }, data: { suspendedAt: new Date() } });
    expect(await getPostHistory(post.id, null)).toBeNull();
    expect(await getPostHistory("../../etc", null)).toBeNull();
  });

  it("names the shown accounts its versions mention, so that they link as on the post", async () => {
    const [author, named, suspended] = await Promise.all([createUser(), createUser(), createUser()]);
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    const post = await createPost(author.id, { text: `Now with @${named.username}`, createdAt: new Date(Date.now() - 60_000) });
    await db.postRevision.create({ data: { postId: post.id, text: `Before, @${suspended.username} and @nobody_here_at_all`, createdAt: new Date(Date.now() - 60_000) } });
    expect((await getPostHistory(post.id, null))!.mentioned).toEqual([named.username]);
  });

  it("pages a long history after its first 20 earlier versions", async () => {
    const author = await createUser();
    const post = await createPost(author.id, { text: "Now", createdAt: new Date("2026-01-01T00:00:00Z") });
    await db.postRevision.createMany({
      data: Array.from({ length: 25 }, (_, index) => ({ postId: post.id, text: `v${index}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)) })),
    });
    const first = await getPostHistory(post.id, null);
    expect(first!.versions).toHaveLength(21);
    expect(first!.versions.slice(0, 3).map((version) => version.text)).toEqual(["Now", "v24", "v23"]);
    const second = await getPostHistory(post.id, null, first!.nextCursor);
    expect(second!.versions.map((version) => version.text)).toEqual(["v4", "v3", "v2", "v1", "v0"]);
    expect(second!.nextCursor).toBeNull();
  });
});

describe("post_revisions constraints", () => {
  it("refuse descriptions that are not an array of strings, and an edit time before creation", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    await expect(db.postRevision.create({ data: { postId: post.id, text: "x", altTexts: { a: 1 }, createdAt: new Date() } })).rejects.toThrow(
      /post_revisions_alt_texts_check/,
    );
    await expect(db.postRevision.create({ data: { postId: post.id, text: "x", altTexts: ["ok", 3], createdAt: new Date() } })).rejects.toThrow(
      /post_revisions_alt_texts_check/,
    );
    await expect(db.post.update({ where: { id: post.id }, data: { editedAt: new Date(post.createdAt.getTime() - 1) } })).rejects.toThrow(
      /posts_edited_after_creation_check/,
    );
  });
});
