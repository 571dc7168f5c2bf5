import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createFollow, createLike, createPost, createUser } from "@/test/factories";
import { LIVE_APPLICATION_NAME, LiveListener } from "./listener";
import type { LiveSignal } from "./signals";

// The real LISTEN connection against the test's own PostgreSQL database: signals come from
// the migration's triggers at commit, and a terminated backend is replaced by itself.

let listener: LiveListener | undefined;

afterEach(async () => {
  await listener?.stop();
  listener = undefined;
});

async function listening() {
  listener = new LiveListener(process.env.DATABASE_URL!, { firstMs: 20, maxMs: 200 });
  const received: LiveSignal[] = [];
  listener.subscribe((signal) => received.push(signal));
  await listener.start();
  // The first connection announces itself: subscribers made before it fetch once.
  await vi.waitFor(() => expect(received).toContainEqual({ kind: "resync" }));
  received.length = 0;
  return received;
}

describe("the live listener", () => {
  it("hears a like's notification for the post's author, and a post for its author's followers", async () => {
    const received = await listening();
    const [author, reader] = [await createUser(), await createUser()];
    const post = await createPost(author.id);
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "posts", authorId: author.id }));

    await createLike(reader.id, post.id);
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "notifications", userId: author.id }));
    // Only ids travel: the liker is not named.
    expect(JSON.stringify(received)).not.toContain(reader.id);
  });

  it("sends one signal per person for a statement of many rows, and none for a rolled-back one", async () => {
    const [followee, ...followers] = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const received = await listening();

    await db.$executeRaw`INSERT INTO follows (follower_id, followee_id) SELECT unnest(${followers.map((f) => f.id)}::TEXT[]), ${followee!.id}`;
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "notifications", userId: followee!.id }));
    expect(received.filter((signal) => signal.kind === "notifications")).toHaveLength(1);

    const bystander = await createUser();
    await expect(
      db.$transaction(async (tx) => {
        await tx.follow.create({ data: { followerId: bystander.id, followeeId: followers[0]!.id } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await createFollow(bystander.id, followers[1]!.id);
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "notifications", userId: followers[1]!.id }));
    expect(received).not.toContainEqual({ kind: "notifications", userId: followers[0]!.id });
  });

  it("signals a block to both people's notifications, and a mute to the muter's, both ways", async () => {
    const [blocker, blocked, muter, muted] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const received = await listening();
    const notified = () => received.filter((signal) => signal.kind === "notifications").map((signal) => signal.userId);

    await db.block.create({ data: { blockerId: blocker.id, blockedId: blocked.id } });
    await db.mute.create({ data: { muterId: muter.id, mutedId: muted.id } });
    await vi.waitFor(() => expect(notified()).toEqual(expect.arrayContaining([blocker.id, blocked.id, muter.id])));
    expect(notified()).not.toContain(muted.id);

    received.length = 0;
    await db.block.deleteMany({ where: { blockerId: blocker.id } });
    await db.mute.deleteMany({ where: { muterId: muter.id } });
    await vi.waitFor(() => expect(notified()).toEqual(expect.arrayContaining([blocker.id, blocked.id, muter.id])));
    expect(notified()).not.toContain(muted.id);
  });

  it("signals a suspension, and its end, to the people the account's actions notified, not to bystanders", async () => {
    const [author, followee, liker, bystander] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    await createLike(liker.id, (await createPost(author.id)).id);
    await createFollow(liker.id, followee.id);
    const received = await listening();
    const notified = () => received.filter((signal) => signal.kind === "notifications").map((signal) => signal.userId);

    for (const suspendedAt of [new Date(), null]) {
      received.length = 0;
      await db.user.update({ where: { id: liker.id }, data: { suspendedAt } });
      await vi.waitFor(() => expect(notified()).toEqual(expect.arrayContaining([author.id, followee.id])));
      expect(notified()).not.toContain(bystander.id);
    }
  });

  it("signals a logout to the user's streams", async () => {
    const user = await createUser();
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const received = await listening();

    await db.session.delete({ where: { id: session.id } });
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "sessions", userId: user.id }));
  });

  it("listens again after its backend is terminated, and tells subscribers to fetch again", async () => {
    const received = await listening();
    const [author, reader] = [await createUser(), await createUser()];
    const post = await createPost(author.id);

    const [row] = await db.$queryRaw<{ terminated: number }[]>`
      SELECT count(pg_terminate_backend(pid))::INTEGER AS terminated FROM pg_stat_activity
      WHERE application_name = ${LIVE_APPLICATION_NAME} AND datname = current_database()`;
    expect(row?.terminated).toBe(1);
    // Written while nobody listens: this NOTIFY is lost, which is what the resync is for.
    await createLike(reader.id, post.id);

    await vi.waitFor(() => expect(received).toContainEqual({ kind: "resync" }), { timeout: 5_000 });
    expect(listener!.connectionCount).toBe(2);
    await createFollow(reader.id, author.id);
    await vi.waitFor(() => expect(received).toContainEqual({ kind: "notifications", userId: author.id }));
  });
});
