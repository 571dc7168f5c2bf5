import { setBookmark } from "@/lib/bookmarks/actions";
import { setRepost } from "@/lib/reposts/actions";
import { addComment, deleteComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { createPost as createPostAction, deletePost, editPost, setLike } from "@/lib/posts/actions";
import { createPost } from "@/test/factories";
import { form } from "@/test/next/session";
import { blockOthers, suspend } from "./support";
import type { Scenario } from "./types";

// What the owner posted is out of reach when the owner is suspended, or has blocked the actor: the same answer as for something missing. Only an admin's moderation (removing content) still reaches a suspended account's content.

export const hiddenScenarios = {
  // The owner is suspended: their content is hidden, and what cannot be seen cannot be acted on.
  // Only an admin's moderation (removing content) still reaches it.
  "setLike (like the owner's post; the owner is suspended)": {
    action: setLike,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, like: "true" }), probe: () => db.like.count({ where: { postId: post.id } }) };
    },
  },
  "setLike (take back a like of the owner's post; the owner is suspended)": {
    action: setLike,
    arrange: async ({ owner, other, admin }) => {
      const post = await createPost(owner.id);
      await db.like.createMany({ data: [other, admin].map((fan) => ({ userId: fan.id, postId: post.id })) });
      await suspend(owner);
      return { form: form({ postId: post.id, like: "false" }), probe: () => db.like.count({ where: { postId: post.id } }) };
    },
  },
  "setBookmark (bookmark the owner's post; the owner is suspended)": {
    action: setBookmark,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, bookmark: "true" }), probe: () => db.bookmark.count({ where: { postId: post.id } }) };
    },
  },
  "setRepost (repost the owner's post; the owner is suspended)": {
    action: setRepost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, repost: "true" }), probe: () => db.repost.count({ where: { postId: post.id } }) };
    },
  },
  "setRepost (take back a repost of the owner's post; the owner is suspended)": {
    action: setRepost,
    arrange: async ({ owner, other, admin }) => {
      const post = await createPost(owner.id);
      await db.repost.createMany({ data: [other, admin].map((fan) => ({ userId: fan.id, postId: post.id })) });
      await suspend(owner);
      return { form: form({ postId: post.id, repost: "false" }), probe: () => db.repost.count({ where: { postId: post.id } }) };
    },
  },
  "addComment (on the owner's post; the owner is suspended)": {
    action: addComment,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, text: "Hi" }), probe: () => db.comment.count({ where: { postId: post.id } }) };
    },
  },
  "deleteComment (the owner's comment; the owner is suspended)": {
    action: deleteComment,
    arrange: async ({ owner, other }) => {
      // Under the other user's post, who could delete it were the owner not suspended.
      const post = await createPost(other.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, text: "Mine" } });
      await suspend(owner);
      return { form: form({ commentId: comment.id }), probe: () => db.comment.count({ where: { id: comment.id } }) };
    },
  },
  "addComment (reply to the owner's comment; the owner is suspended)": {
    action: addComment,
    arrange: async ({ owner, other }) => {
      const post = await createPost(other.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, text: "Mine" } });
      await suspend(owner);
      return {
        form: form({ postId: post.id, parentId: comment.id, text: "Hi" }),
        probe: () => db.comment.count({ where: { parentId: comment.id } }),
      };
    },
  },
  "deletePost (the owner's post; the owner is suspended)": {
    action: deletePost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, redirectTo: "" }), probe: () => db.post.count({ where: { id: post.id } }) };
    },
  },
  "editPost (the owner's post; the owner is suspended)": {
    action: editPost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ postId: post.id, text: "Edited" }), probe: () => db.post.findUnique({ where: { id: post.id }, select: { text: true } }) };
    },
  },
  "setFollow (follow the owner; the owner is suspended)": {
    action: setFollow,
    arrange: async ({ owner }) => {
      await suspend(owner);
      return { form: form({ userId: owner.id, follow: "true" }), probe: () => db.follow.count({ where: { followeeId: owner.id } }) };
    },
  },
  "setFollow (unfollow the owner; the owner is suspended)": {
    action: setFollow,
    arrange: async ({ owner, other, admin }) => {
      await db.follow.createMany({ data: [other, admin].map((fan) => ({ followerId: fan.id, followeeId: owner.id })) });
      await suspend(owner);
      return { form: form({ userId: owner.id, follow: "false" }), probe: () => db.follow.count({ where: { followeeId: owner.id } }) };
    },
  },
  "createPost (quote the owner's post; the owner is suspended)": {
    action: createPostAction,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      await suspend(owner);
      return { form: form({ text: "Quoting", quotedPostId: post.id }), probe: () => db.post.count({ where: { quotedPostId: post.id } }) };
    },
  },
  // The owner blocked the actor: what the owner posted is out of the actor's reach, as for a missing post.
  "setFollow (follow the owner, who blocked the actor)": {
    action: setFollow,
    arrange: async (world) => {
      await blockOthers(world.owner, world);
      return { form: form({ userId: world.owner.id, follow: "true" }), probe: () => db.follow.count({ where: { followeeId: world.owner.id } }) };
    },
  },
  "setLike (like the owner's post; the owner blocked the actor)": {
    action: setLike,
    arrange: async (world) => {
      const post = await createPost(world.owner.id);
      await blockOthers(world.owner, world);
      return { form: form({ postId: post.id, like: "true" }), probe: () => db.like.count({ where: { postId: post.id } }) };
    },
  },
  "setRepost (repost the owner's post; the owner blocked the actor)": {
    action: setRepost,
    arrange: async (world) => {
      const post = await createPost(world.owner.id);
      await blockOthers(world.owner, world);
      return { form: form({ postId: post.id, repost: "true" }), probe: () => db.repost.count({ where: { postId: post.id } }) };
    },
  },
  "addComment (on the owner's post; the owner blocked the actor)": {
    action: addComment,
    arrange: async (world) => {
      const post = await createPost(world.owner.id);
      await blockOthers(world.owner, world);
      return { form: form({ postId: post.id, text: "Hello" }), probe: () => db.comment.count({ where: { postId: post.id } }) };
    },
  },
  "addComment (reply to the owner's comment; the owner blocked the actor)": {
    action: addComment,
    arrange: async (world) => {
      const post = await createPost(world.bystander.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: world.owner.id, text: "Mine" } });
      await blockOthers(world.owner, world);
      return {
        form: form({ postId: post.id, parentId: comment.id, text: "Hello" }),
        probe: () => db.comment.count({ where: { parentId: comment.id } }),
      };
    },
  },
  "createPost (quote the owner's post; the owner blocked the actor)": {
    action: createPostAction,
    arrange: async (world) => {
      const post = await createPost(world.owner.id);
      await blockOthers(world.owner, world);
      return { form: form({ text: "Quoting", quotedPostId: post.id }), probe: () => db.post.count({ where: { quotedPostId: post.id } }) };
    },
  },
} satisfies Record<string, Scenario>;
