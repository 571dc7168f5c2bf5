import sharp from "sharp";
import { changePassword, deleteAccount } from "@/lib/accounts/actions";
import { setBookmark } from "@/lib/bookmarks/actions";
import { setRepost } from "@/lib/reposts/actions";
import { addComment, deleteComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { suspendUser, unsuspendUser } from "@/lib/moderation/actions";
import { setTheme } from "@/lib/preferences/actions";
import { endOtherSessions, endSession } from "@/lib/sessions/actions";
import { addMutedWord, removeMutedWord, setBlock, setMute } from "@/lib/safety/actions";
import { changeEmail, resendVerification, verifyEmail } from "@/lib/email-addresses/actions";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";
import { issueToken } from "@/lib/account-tokens/store";
import { newToken } from "@/lib/account-tokens/token";
import { createPost as createPostAction, deletePost, editPost, setLike } from "@/lib/posts/actions";
import { removeAvatar, updateAvatar, updateProfile } from "@/lib/profiles/actions";
import { reportContent, resolveReports } from "@/lib/reports/actions";
import { createPost, createReport, type createUser, TEST_PASSWORD } from "@/test/factories";
import { browserSignedInAs, form } from "@/test/next/session";

// The situations of lib/moderation/authorization-matrix.test.ts: for each server action,
// some data that belongs to "the owner", the form that tries to change it, and
// a look at that data before and after.

export type User = Awaited<ReturnType<typeof createUser>>;
export type World = { owner: User; other: User; admin: User; bystander: User };
export type ServerAction = (previous: null, formData: FormData) => Promise<{ ok: boolean }>;
export type Scenario = {
  action: ServerAction;
  /** Sets up the owner's data; returns the form to submit and a look at the owner's data. */
  arrange: (world: World) => Promise<{ form: FormData; probe: () => Promise<unknown> }>;
  ownerRole?: "USER" | "ADMIN";
};

const NEW_PASSWORD = "a brand new passphrase";
const userRow = (id: string) => db.user.findUnique({ where: { id } });
/** Signs `user` in on another device; its session's id and a look at whether it is still live. */
async function otherDevice(user: User) {
  await browserSignedInAs(user.id);
  const { id } = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return { id, probe: () => db.session.count({ where: { id } }) };
}
/** The owner blocks the other actors (lib/safety): neither may reach the owner's content. */
const blockOthers = (owner: User, world: World) =>
  db.block.createMany({ data: [world.other, world.admin].map((user) => ({ blockerId: owner.id, blockedId: user.id })) });
const suspend = (user: User) => db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });

export const scenarios = {
  "updateProfile": {
    action: updateProfile,
    arrange: async ({ owner }) => ({
      form: form({ displayName: "Renamed", bio: "New bio", userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.displayName,
    }),
  },
  "updateAvatar": {
    action: updateAvatar,
    arrange: async ({ owner }) => ({
      form: form({ avatar: await png(), userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.avatarKey,
    }),
  },
  "removeAvatar": {
    action: removeAvatar,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { avatarKey: "owners-picture" } });
      return { form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.avatarKey };
    },
  },
  "changePassword": {
    action: changePassword,
    arrange: async ({ owner }) => ({
      form: form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: owner.id }),
      probe: () => db.user.findUnique({ where: { id: owner.id }, select: { passwordHash: true } }),
    }),
  },
  "endSession (the owner's other device)": {
    action: endSession,
    arrange: async ({ owner }) => {
      const device = await otherDevice(owner);
      return { form: form({ sessionId: device.id }), probe: device.probe };
    },
  },
  "endOtherSessions (the owner's other device)": {
    action: endOtherSessions,
    arrange: async ({ owner }) => {
      const device = await otherDevice(owner);
      return { form: form({ userId: owner.id }), probe: device.probe };
    },
  },
  "deleteAccount": {
    action: deleteAccount,
    arrange: async ({ owner }) => ({
      form: form({ password: TEST_PASSWORD, userId: owner.id }),
      probe: () => db.user.count({ where: { id: owner.id } }),
    }),
  },
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
  "createPost (quote the owner's post)": {
    action: createPostAction,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ text: "Quoting", quotedPostId: post.id }), probe: () => db.post.count({ where: { quotedPostId: post.id } }) };
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
  "suspendUser (the owner)": {
    action: suspendUser,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt }),
  },
  "suspendUser (the owner is an admin)": {
    action: suspendUser,
    ownerRole: "ADMIN",
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt }),
  },
  "unsuspendUser (the owner is suspended)": {
    action: unsuspendUser,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { suspendedAt: new Date() } });
      return { form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt };
    },
  },
  "reportContent (report the owner's post)": {
    action: reportContent,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ targetType: "POST", targetId: post.id, reason: "SPAM", details: "" }), probe: () => db.report.count({ where: { targetId: post.id } }) };
    },
  },
  "reportContent (report the owner's account)": {
    action: reportContent,
    arrange: async ({ owner }) => ({
      form: form({ targetType: "ACCOUNT", targetId: owner.id, reason: "OTHER", details: "Impersonation" }),
      probe: () => db.report.count({ where: { targetId: owner.id } }),
    }),
  },
  "resolveReports (dismiss the reports of the owner's post)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "dismiss" }), probe: () => db.report.findMany({ where: { targetId: post.id } }) };
    },
  },
  "resolveReports (remove the owner's reported post)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "remove" }), probe: () => db.post.count({ where: { id: post.id } }) };
    },
  },
  "resolveReports (suspend the owner through a report)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "suspend" }), probe: async () => (await userRow(world.owner.id))?.suspendedAt };
    },
  },
  "setTheme (form names the owner)": {
    action: setTheme,
    arrange: async ({ owner }) => ({
      form: form({ theme: "dark", userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.theme,
    }),
  },
  // Blocks, mutes and muted words (lib/safety): always the actor's own.
  "setBlock (block the owner)": {
    action: setBlock,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id, block: "true" }), probe: () => db.block.count({ where: { blockedId: owner.id } }) }),
  },
  "setBlock (undo the owner's block)": {
    action: setBlock,
    arrange: async ({ owner, bystander }) => {
      await db.block.create({ data: { blockerId: owner.id, blockedId: bystander.id } });
      return { form: form({ userId: bystander.id, block: "false" }), probe: () => db.block.count({ where: { blockerId: owner.id } }) };
    },
  },
  "setMute (mute the owner)": {
    action: setMute,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id, mute: "true" }), probe: () => db.mute.count({ where: { mutedId: owner.id } }) }),
  },
  "setMute (undo the owner's mute)": {
    action: setMute,
    arrange: async ({ owner, bystander }) => {
      await db.mute.create({ data: { muterId: owner.id, mutedId: bystander.id } });
      return { form: form({ userId: bystander.id, mute: "false" }), probe: () => db.mute.count({ where: { muterId: owner.id } }) };
    },
  },
  "addMutedWord (form names the owner)": {
    action: addMutedWord,
    arrange: async ({ owner }) => ({
      form: form({ phrase: "Spoilers", duration: "forever", userId: owner.id }),
      probe: () => db.mutedWord.count({ where: { userId: owner.id } }),
    }),
  },
  "removeMutedWord (the owner's muted word)": {
    action: removeMutedWord,
    arrange: async ({ owner }) => {
      const word = await db.mutedWord.create({ data: { userId: owner.id, phrase: "spoilers" } });
      return { form: form({ id: word.id }), probe: () => db.mutedWord.count({ where: { userId: owner.id } }) };
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
  // Issue 17: email addresses and password resets. A link's token is the authority, whoever holds it.
  "changeEmail (form names the owner)": {
    action: changeEmail,
    arrange: async ({ owner }) => ({
      form: form({ email: "a-new-home@example.test", password: TEST_PASSWORD, userId: owner.id }),
      probe: () => ownersTokens(owner, "VERIFY_EMAIL"),
    }),
  },
  "resendVerification (the owner is unverified)": {
    action: resendVerification,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
      return { form: form({ userId: owner.id }), probe: () => ownersTokens(owner, "VERIFY_EMAIL") };
    },
  },
  "verifyEmail (a link mailed to the owner)": {
    action: verifyEmail,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
      const token = await db.$transaction((tx) =>
        issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60_000, email: owner.email }),
      );
      return { form: form({ token, userId: owner.id }), probe: async () => (await userRow(owner.id))?.emailVerifiedAt };
    },
  },
  "requestPasswordReset (the owner's address)": {
    action: requestPasswordReset,
    arrange: async ({ owner }) => ({ form: form({ email: owner.email }), probe: () => ownersTokens(owner, "PASSWORD_RESET") }),
  },
  "resetPassword (a link mailed to the owner)": {
    action: resetPassword,
    arrange: async ({ owner }) => {
      const token = await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "PASSWORD_RESET", validForMs: 60_000 }));
      return { form: resetForm(token, owner), probe: () => passwordHashOf(owner) };
    },
  },
  "resetPassword (a forged link)": {
    action: resetPassword,
    arrange: async ({ owner }) => ({ form: resetForm(newToken().token, owner), probe: () => passwordHashOf(owner) }),
  },
} satisfies Record<string, Scenario>;

const ownersTokens = (owner: User, purpose: "VERIFY_EMAIL" | "PASSWORD_RESET") => db.accountToken.count({ where: { userId: owner.id, purpose } });
const passwordHashOf = (owner: User) => db.user.findUnique({ where: { id: owner.id }, select: { passwordHash: true } });
const resetForm = (token: string, owner: User) => form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: owner.id });

export type ScenarioName = keyof typeof scenarios;

/** The owner's post, reported by the bystander. */
async function reportedPostOf({ owner, bystander }: World) {
  const post = await createPost(owner.id);
  await createReport(bystander.id, { targetType: "POST", targetId: post.id, accountId: owner.id });
  return post;
}

async function png(): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#0ea5e9" } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], "me.png", { type: "image/png" });
}

