import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { LiveListener } from "@/lib/live/listener";
import { LIVE_CHANNEL } from "@/lib/live/signals";
import { createLike, createPost, createUser } from "@/test/factories";
import { KeptSessions } from "./kept-sessions";
import { createSession, revokeSession } from "./sessions";

// Against the test's own PostgreSQL: the signals come from the migrations' triggers at commit,
// through a real LISTEN connection, and the heartbeat goes out through the pool as in a server.

const DEVICE = { userAgent: "test", ip: "127.0.0.1" };
const QUICK = { keepForMs: 60_000, maxRows: 100, heartbeatEveryMs: 25, heardWithinMs: 2_000 };

const sendThroughPool = async (payload: string) => {
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
};

let listener: LiveListener | undefined;
let kept: KeptSessions<string> | undefined;

afterEach(async () => {
  kept?.stop();
  await listener?.stop();
  kept = listener = undefined;
});

async function keeping(send = sendThroughPool) {
  listener = new LiveListener(process.env.DATABASE_URL!, { firstMs: 20, maxMs: 200 });
  await listener.start();
  kept = new KeptSessions<string>(listener, send, QUICK);
  kept.start();
  return kept;
}

async function signedIn() {
  const user = await createUser();
  return { userId: user.id, sessionId: await createSession(user.id, DEVICE) };
}

/** Keeps `row` for `session` as a page load would, once the process hears its own heartbeat. */
async function keepRow(sessions: KeptSessions<string>, session: { userId: string; sessionId: string }, row: string) {
  await vi.waitFor(() => {
    sessions.keep(sessions.mark(), session, row);
    expect(sessions.get(session)).toBe(row);
  });
}

/**
 * Waits until every signal committed so far has arrived: PostgreSQL delivers them in commit
 * order, so once a later change of a bystander's account is heard, an earlier one was too.
 */
async function allSignalsHeard(sessions: KeptSessions<string>) {
  const bystander = await signedIn();
  await keepRow(sessions, bystander, "bystander");
  await db.user.update({ where: { id: bystander.userId }, data: { displayName: "Someone else now" } });
  await vi.waitFor(() => expect(sessions.get(bystander)).toBeUndefined());
}

describe("kept sessions", () => {
  it("forgets a user's rows when their session ends, on every device", async () => {
    const sessions = await keeping();
    const phone = await signedIn();
    const laptop = { userId: phone.userId, sessionId: await createSession(phone.userId, DEVICE) };
    await keepRow(sessions, phone, "phone");
    await keepRow(sessions, laptop, "laptop");

    await revokeSession(phone.sessionId);
    await vi.waitFor(() => expect(sessions.get(phone)).toBeUndefined());
    expect(sessions.get(laptop)).toBeUndefined();
  });

  it("forgets a row when what a page shows of its reader changes, and only then", async () => {
    const sessions = await keeping();
    const reader = await signedIn();
    await keepRow(sessions, reader, "reader");

    await db.user.update({ where: { id: reader.userId }, data: { bio: "Not on every page" } });
    await allSignalsHeard(sessions);
    expect(sessions.get(reader)).toBe("reader");

    const changes = [
      { displayName: "New Name" },
      { avatarKey: "avatars/new.webp" },
      { role: "ADMIN" as const },
      { role: "USER" as const },
      { theme: "dark" },
      { emailVerifiedAt: new Date() },
      { suspendedAt: new Date() },
    ];
    for (const data of changes) {
      await keepRow(sessions, reader, "reader");
      await db.user.update({ where: { id: reader.userId }, data });
      await vi.waitFor(() => expect(sessions.get(reader)).toBeUndefined());
    }
  });

  it("forgets a row when its reader's unread count changes", async () => {
    const sessions = await keeping();
    const author = await signedIn();
    const post = await createPost(author.userId);
    await keepRow(sessions, author, "author");

    await createLike((await createUser()).id, post.id);
    await vi.waitFor(() => expect(sessions.get(author)).toBeUndefined());
  });

  it("keeps nothing while it does not hear its own heartbeat", async () => {
    let sent = 0;
    // As behind a pooler in transaction mode: the heartbeat leaves, and never comes back.
    const sessions = await keeping(async () => void (sent += 1));
    const reader = await signedIn();
    await vi.waitFor(() => expect(sent).toBeGreaterThanOrEqual(3));

    sessions.keep(sessions.mark(), reader, "reader");
    expect(sessions.get(reader)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it("uses no row once its listener stops, and forgets them all when it listens again", async () => {
    const sessions = await keeping();
    const reader = await signedIn();
    await keepRow(sessions, reader, "reader");

    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'commons-live' AND datname = current_database()`;
    await vi.waitFor(() => expect(listener!.connectionCount).toBe(2));
    // Signals sent while it was away are lost, so none of the rows it kept is used again.
    await keepRow(sessions, await signedIn(), "someone else");
    expect(sessions.get(reader)).toBeUndefined();

    await listener!.stop();
    const other = await signedIn();
    sessions.keep(sessions.mark(), other, "after the stop");
    expect(sessions.get(other)).toBeUndefined();
  });
});
