import { setBookmark } from "@/lib/bookmarks/actions";
import { setRepost } from "@/lib/reposts/actions";
import { addComment, deleteComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { createPost as createPostAction, deletePost, editPost, setLike } from "@/lib/posts/actions";
import { createPost } from "@/test/factories";
import { form } from "@/test/next/session";
import type { Scenario } from "./types";

// Posts, likes, bookmarks, reposts, comments, follows and quotes of the owner's things.

export const contentScenarios = {
  "createPost (form names the owner)": {
    action: createPostAction,
    arrange: async ({ owner }) => ({
      form: form({ text: "Hello", authorId: owner.id }),
      probe: () => db.post.count({ where: { authorId: owner.id } }),
    }),
  },
  "deletePost (the owner's post)": {
    action: deletePost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, redirectTo: "" }), probe: () => db.post.count({ where: { id: post.id } }) };
    },
  },
  "editPost (the owner's post)": {
    action: editPost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, text: "Edited" }), probe: () => db.post.findUnique({ where: { id: post.id }, select: { text: true } }) };
    },
  },
  "setLike (like the owner's post)": {
    action: setLike,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, like: "true" }), probe: () => db.like.count({ where: { postId: post.id } }) };
    },
  },
  "setLike (take back the owner's like)": {
    action: setLike,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      await db.like.create({ data: { userId: owner.id, postId: post.id } });
      return { form: form({ postId: post.id, like: "false" }), probe: () => db.like.count({ where: { userId: owner.id } }) };
    },
  },
  "setBookmark (bookmark the owner's post)": {
    action: setBookmark,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, bookmark: "true" }), probe: () => db.bookmark.count({ where: { postId: post.id } }) };
    },
  },
  "setBookmark (take back the owner's bookmark)": {
    action: setBookmark,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      await db.bookmark.create({ data: { userId: owner.id, postId: post.id } });
      return { form: form({ postId: post.id, bookmark: "false", userId: owner.id }), probe: () => db.bookmark.count({ where: { userId: owner.id } }) };
    },
  },
  "setRepost (repost the owner's post)": {
    action: setRepost,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, repost: "true" }), probe: () => db.repost.count({ where: { postId: post.id } }) };
    },
  },
  "setRepost (take back the owner's repost)": {
    action: setRepost,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      await db.repost.create({ data: { userId: owner.id, postId: post.id } });
      return { form: form({ postId: post.id, repost: "false", userId: owner.id }), probe: () => db.repost.count({ where: { userId: owner.id } }) };
    },
  },
  "addComment (on the owner's post)": {
    action: addComment,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ postId: post.id, text: "Hi" }), probe: () => db.comment.count({ where: { postId: post.id } }) };
    },
  },
  "addComment (form names the owner)": {
    action: addComment,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      return {
        form: form({ postId: post.id, text: "Hi", authorId: owner.id }),
        probe: () => db.comment.count({ where: { authorId: owner.id } }),
      };
    },
  },
  "deleteComment (the owner's comment)": {
    action: deleteComment,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, text: "Mine" } });
      return { form: form({ commentId: comment.id }), probe: () => db.comment.count({ where: { id: comment.id } }) };
    },
  },
  "deleteComment (under the owner's post)": {
    action: deleteComment,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(owner.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: bystander.id, text: "Theirs" } });
      return { form: form({ commentId: comment.id }), probe: () => db.comment.count({ where: { id: comment.id } }) };
    },
  },
  "addComment (reply to the owner's comment)": {
    action: addComment,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, text: "Mine" } });
      return {
        form: form({ postId: post.id, parentId: comment.id, text: "Hi" }),
        probe: () => db.comment.count({ where: { parentId: comment.id } }),
      };
    },
  },
  "deleteComment (the owner's comment, with a reply)": {
    action: deleteComment,
    arrange: async ({ owner, bystander }) => {
      const post = await createPost(bystander.id);
      const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, text: "Mine" } });
      await db.comment.create({ data: { postId: post.id, parentId: comment.id, authorId: bystander.id, text: "Theirs" } });
      return { form: form({ commentId: comment.id }), probe: () => db.comment.findUnique({ where: { id: comment.id }, select: { text: true } }) };
    },
  },
  "setFollow (follow the owner)": {
    action: setFollow,
    arrange: async ({ owner }) => ({
      form: form({ userId: owner.id, follow: "true" }),
      probe: () => db.follow.count({ where: { followeeId: owner.id } }),
    }),
  },
  "setFollow (undo the owner's follow)": {
    action: setFollow,
    arrange: async ({ owner, bystander }) => {
      await db.follow.create({ data: { followerId: owner.id, followeeId: bystander.id } });
      return {
        form: form({ userId: bystander.id, follow: "false" }),
        probe: () => db.follow.count({ where: { followerId: owner.id } }),
      };
    },
  },
  "createPost (quote the owner's post)": {
    action: createPostAction,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ text: "Quoting", quotedPostId: post.id }), probe: () => db.post.count({ where: { quotedPostId: post.id } }) };
    },
  },
} satisfies Record<string, Scenario>;
