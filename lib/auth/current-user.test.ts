import { describe, expect, it } from "vitest";
import { currentSessionStatement, currentUnreadCount, getCurrentUser } from "@/lib/auth/current-user";
import { createSession } from "@/lib/auth/sessions";
import { db, onStatement } from "@/lib/db";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { createPost, createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";
import { plansOfRuns } from "@/test/query-plans";

const device = { userAgent: "Firefox on Linux", ip: "127.0.0.1" };

describe("getCurrentUser", () => {
  it("reads the user through a live session in one SQL statement, since every page asks", async () => {
    const user = await createUser();
    await signInAs(user.id);
    let statements = 0;
    onStatement(() => void statements++);

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
    onStatement(() => void statements++);

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

  it("is planned once per connection, which then keeps a generic plan for every reader", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const sessions = await Promise.all([ada, bruno].map(async (user) => ({ userId: user.id, sessionId: await createSession(user.id, device) })));
    const statement = (run: number) => currentSessionStatement(sessions[run % 2]!, device);

    // The same text for every reader: one prepared statement, whose plan the connection keeps.
    expect(statement(0).text).toBe(statement(1).text);
    const { rows, plans } = await plansOfRuns(statement, 7);
    expect(rows).toMatchObject([{ id: ada.id, unread: 0 }]);
    // Earlier tests may have run it on the same connection: at least these last two runs were generic.
    expect(plans?.custom).toBe(5);
    expect(plans?.generic).toBeGreaterThanOrEqual(2);
  });
});
