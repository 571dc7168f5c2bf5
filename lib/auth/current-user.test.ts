import { describe, expect, it } from "vitest";
import { currentUnreadCount, getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { createPost, createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";

describe("getCurrentUser", () => {
  it("reads the user through a live session in one SQL statement, since every page asks", async () => {
    const user = await createUser();
    await signInAs(user.id);
    let statements = 0;
    db.$on("query", () => void statements++);

    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(statements).toBe(1);
  });

  it("counts the header's unread notifications in that same statement", async () => {
    const [user, ada] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(user.id);
    await db.like.create({ data: { userId: ada.id, postId: post.id } });
    await db.follow.create({ data: { followerId: ada.id, followeeId: user.id } });
    await signInAs(user.id);
    let statements = 0;
    db.$on("query", () => void statements++);

    // Outside a page render React's cache keeps nothing: this call makes the statement getCurrentUser makes.
    expect(await currentUnreadCount()).toBe(2);
    expect(statements).toBe(1);
    expect(await countUnreadNotifications(user.id)).toBe(2);
  });

  it("treats an expired session as signed out", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await db.session.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 60_000), expiresAt: new Date(Date.now() - 1_000) } });

    expect(await getCurrentUser()).toBeNull();
  });
});
