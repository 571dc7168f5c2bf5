import { describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { createPost as createPostAction } from "@/lib/posts/actions";
import { limits } from "@/lib/auth/throttle";
import { reportContent } from "@/lib/reports/actions";
import { createFollow, createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";

// What one account may write in a window (lib/services/write-limits.ts): the window's events are
// rows, so a full one is written here directly rather than by hundreds of posts.

type User = Awaited<ReturnType<typeof createUser>>;

/** Fills `user`'s window of `limit` with `count` events, the oldest `minutesAgo` old. */
async function spent(user: User, limit: { bucket: string }, count: number, minutesAgo: number) {
  const oldest = Date.now() - minutesAgo * 60_000;
  await db.rateLimitEvent.createMany({ data: Array.from({ length: count }, (_, index) => ({ bucket: limit.bucket, key: user.id, createdAt: new Date(oldest + index) })) });
}

describe("write limits", () => {
  it("refuse the 301st post or comment in 3 hours with the wait, store nothing, and count no refusal", async () => {
    const [writer, other] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(other.id);
    await spent(writer, limits.writesPerUser, 299, 170);
    await signInAs(writer.id);

    expect(await createPostAction(null, form({ text: "The 300th" }))).toEqual({ ok: true, message: "Posted." });
    const refused = { ok: false, message: "You have written more posts and comments than Commons takes in 3 hours. Try again in 10 minutes." };
    expect(await createPostAction(null, form({ text: "One too many" }))).toMatchObject(refused);
    expect(await addComment(null, form({ postId: post.id, text: "One too many" }))).toMatchObject(refused);
    expect(await db.post.count({ where: { authorId: writer.id } })).toBe(1);
    expect(await db.comment.count({ where: { authorId: writer.id } })).toBe(0);
    expect(await db.rateLimitEvent.count({ where: { bucket: limits.writesPerUser.bucket, key: writer.id } })).toBe(300);

    // Another account is not held back by it.
    await signInAs(other.id);
    expect(await addComment(null, form({ postId: post.id, text: "Mine goes through" }))).toMatchObject({ ok: true });
  });

  it("refuse the 401st new follow in a day, and never an unfollow", async () => {
    const [follower, followed, next] = await Promise.all([createUser(), createUser(), createUser()]);
    await createFollow(follower.id, followed.id);
    await spent(follower, limits.followsPerUser, 400, 60);
    await signInAs(follower.id);

    expect(await setFollow(null, form({ userId: next.id, follow: "true" }))).toEqual({
      ok: false,
      message: "You have followed more accounts than Commons takes in a day. Try again in 23 hours.",
    });
    expect(await setFollow(null, form({ userId: followed.id, follow: "false" }))).toEqual({ ok: true, following: false });
    expect(await db.follow.count({ where: { followerId: follower.id } })).toBe(0);
  });

  it("refuse the 51st report in an hour, filing nothing", async () => {
    const [reporter, author] = await Promise.all([createUser(), createUser()]);
    const [first, second] = await Promise.all([createPost(author.id), createPost(author.id)]);
    await spent(reporter, limits.reportsPerUser, 49, 30);
    await signInAs(reporter.id);
    const report = (postId: string) => reportContent(null, form({ targetType: "POST", targetId: postId, reason: "SPAM", details: "" }));

    expect(await report(first.id)).toMatchObject({ ok: true });
    expect(await report(second.id)).toEqual({
      ok: false,
      message: "You have sent more reports than the moderators take in an hour. Try again in 30 minutes.",
      values: { reason: "SPAM", details: "" },
    });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(1);
  });
});
