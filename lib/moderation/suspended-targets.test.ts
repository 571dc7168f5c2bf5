import { beforeEach, describe, expect, it } from "vitest";
import { setBookmark } from "@/lib/bookmarks/actions";
import { addComment, deleteComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { ACCOUNT_GONE } from "@/lib/follows/schema";
import { deletePost, setLike } from "@/lib/posts/actions";
import { POST_GONE_FOR_COMMENTS } from "@/lib/comments/schema";
import { POST_GONE } from "@/lib/posts/schema";
import { createComment, createPost, createUser } from "@/test/factories";
import { countContentRows } from "@/test/invariants";
import { form, signInAs } from "@/test/next/session";

// Acting on what you cannot see: every write that names a post, a comment or a
// person, aimed at something of a suspended account. It must answer exactly as
// for something that does not exist and change nothing; lifting the suspension
// makes the same write work again.

type User = Awaited<ReturnType<typeof createUser>>;
type Action = (previous: null, formData: FormData) => Promise<{ ok: boolean; message?: string }>;
type World = { actor: User; hidden: User };
type Write = {
  action: Action;
  /** Sets up data around `hidden` (before the suspension); returns the form aimed at it. */
  arrange: (world: World) => Promise<Record<string, string>>;
  /** The same form aimed at something that does not exist. */
  missing: Record<string, string>;
  refusal: string;
};

const NO_SUCH_ID = "nosuchthing0000000000000";
const COMMENT_GONE = "This comment is gone or is not yours to delete.";

const writes: Record<string, Write> = {
  "like their post": {
    action: setLike,
    arrange: async ({ hidden }) => ({ postId: (await createPost(hidden.id)).id, like: "true" }),
    missing: { postId: NO_SUCH_ID, like: "true" },
    refusal: POST_GONE,
  },
  "unlike their post": {
    action: setLike,
    arrange: async ({ actor, hidden }) => {
      const post = await createPost(hidden.id);
      await db.like.create({ data: { userId: actor.id, postId: post.id } });
      return { postId: post.id, like: "false" };
    },
    missing: { postId: NO_SUCH_ID, like: "false" },
    refusal: POST_GONE,
  },
  "bookmark their post": {
    action: setBookmark,
    arrange: async ({ hidden }) => ({ postId: (await createPost(hidden.id)).id, bookmark: "true" }),
    missing: { postId: NO_SUCH_ID, bookmark: "true" },
    refusal: POST_GONE,
  },
  "take back a bookmark of their post": {
    action: setBookmark,
    arrange: async ({ actor, hidden }) => {
      const post = await createPost(hidden.id);
      await db.bookmark.create({ data: { userId: actor.id, postId: post.id } });
      return { postId: post.id, bookmark: "false" };
    },
    missing: { postId: NO_SUCH_ID, bookmark: "false" },
    refusal: POST_GONE,
  },
  "comment on their post": {
    action: addComment,
    arrange: async ({ hidden }) => ({ postId: (await createPost(hidden.id)).id, text: "Still there?" }),
    missing: { postId: NO_SUCH_ID, text: "Still there?" },
    refusal: POST_GONE_FOR_COMMENTS,
  },
  "follow them": {
    action: setFollow,
    arrange: async ({ hidden }) => ({ userId: hidden.id, follow: "true" }),
    missing: { userId: NO_SUCH_ID, follow: "true" },
    refusal: ACCOUNT_GONE,
  },
  "unfollow them": {
    action: setFollow,
    arrange: async ({ actor, hidden }) => {
      await db.follow.create({ data: { followerId: actor.id, followeeId: hidden.id } });
      return { userId: hidden.id, follow: "false" };
    },
    missing: { userId: NO_SUCH_ID, follow: "false" },
    refusal: ACCOUNT_GONE,
  },
  "delete their comment under my post": {
    action: deleteComment,
    arrange: async ({ actor, hidden }) => ({ commentId: (await createComment((await createPost(actor.id)).id, hidden.id)).id }),
    missing: { commentId: NO_SUCH_ID },
    refusal: COMMENT_GONE,
  },
  "delete my comment under their post": {
    action: deleteComment,
    arrange: async ({ actor, hidden }) => ({ commentId: (await createComment((await createPost(hidden.id)).id, actor.id)).id }),
    missing: { commentId: NO_SUCH_ID },
    refusal: COMMENT_GONE,
  },
};

async function setSuspended(user: User, suspendedAt: Date | null) {
  await db.user.update({ where: { id: user.id }, data: { suspendedAt } });
}

let world: World;

beforeEach(async () => {
  const [actor, hidden] = await Promise.all([createUser(), createUser()]);
  world = { actor, hidden };
});

describe("a write aimed at a suspended account's content", () => {
  it.each(Object.entries(writes))("%s: answers as for nothing, changes nothing", async (_name, write) => {
    const fields = await write.arrange(world);
    await setSuspended(world.hidden, new Date());
    await signInAs(world.actor.id);
    const before = await countContentRows();

    const answer = await write.action(null, form(fields));

    expect(answer).toEqual(await write.action(null, form(write.missing)));
    expect(answer).toMatchObject({ ok: false, message: write.refusal });
    expect(await countContentRows()).toEqual(before);
  });

  it.each(Object.entries(writes))("%s: works again once the suspension is lifted", async (_name, write) => {
    const fields = await write.arrange(world);
    await setSuspended(world.hidden, new Date());
    await setSuspended(world.hidden, null);
    await signInAs(world.actor.id);

    expect(await write.action(null, form(fields))).toMatchObject({ ok: true });
  });
});

describe("admins moderating a suspended account", () => {
  it("can still delete its comments and posts", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const post = await createPost(world.hidden.id);
    const comment = await createComment((await createPost(world.actor.id)).id, world.hidden.id);
    await setSuspended(world.hidden, new Date());
    await signInAs(admin.id);

    expect(await deleteComment(null, form({ commentId: comment.id }))).toMatchObject({ ok: true });
    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
  });

  it("cannot like, comment on or follow it: those are not moderation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const post = await createPost(world.hidden.id);
    await setSuspended(world.hidden, new Date());
    await signInAs(admin.id);
    const before = await countContentRows();

    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toMatchObject({ ok: false, message: POST_GONE });
    expect(await addComment(null, form({ postId: post.id, text: "Hi" }))).toMatchObject({ message: POST_GONE_FOR_COMMENTS });
    expect(await setFollow(null, form({ userId: world.hidden.id, follow: "true" }))).toMatchObject({ message: ACCOUNT_GONE });
    expect(await countContentRows()).toEqual(before);
  });
});
