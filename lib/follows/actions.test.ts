import { describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { RedirectError, request, revalidatedPaths } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { setFollow, setFollowFromForm } from "./actions";
import { ACCOUNT_GONE, CANNOT_FOLLOW_YOURSELF } from "./schema";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";

type Browser = ReturnType<typeof request.switchBrowser>;

function follow(userId: string) {
  return setFollow(null, form({ userId, follow: "true" }));
}

function unfollow(userId: string) {
  return setFollow(null, form({ userId, follow: "false" }));
}

async function followerIdsOf(userId: string): Promise<string[]> {
  const rows = await db.follow.findMany({ where: { followeeId: userId }, select: { followerId: true } });
  return rows.map((row) => row.followerId).sort();
}

async function counts(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { _count: { select: { followers: true, following: true } } },
  });
  return user._count;
}

/** A separate browser signed in as `userId`, to hand to `request.switchBrowser`. */
async function browserOf(userId: string): Promise<Browser> {
  request.switchBrowser();
  await signInAs(userId);
  return request.switchBrowser();
}

/**
 * Starts each call in its own browser without waiting for it to finish. The test
 * runtime has a single cookie jar, so each call gets one turn of the event loop
 * to read its session cookie before the jar moves on to the next browser; their
 * database work then overlaps, as concurrent requests would.
 */
async function startAll<T>(calls: { browser: Browser; run: () => Promise<T> }[]): Promise<T[]> {
  const running: Promise<T>[] = [];
  for (const call of calls) {
    request.switchBrowser(call.browser);
    running.push(call.run());
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Promise.all(running);
}

describe("setFollow", () => {
  it("follows and unfollows, with both people's counts following along", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await signInAs(reader.id);
    revalidatedPaths.length = 0;

    expect(await follow(writer.id)).toEqual({ ok: true, following: true });
    expect(await followerIdsOf(writer.id)).toEqual([reader.id]);
    expect(await counts(writer.id)).toEqual({ followers: 1, following: 0 });
    expect(await counts(reader.id)).toEqual({ followers: 0, following: 1 });
    expect(revalidatedPaths).toEqual(["/"]);

    expect(await unfollow(writer.id)).toEqual({ ok: true, following: false });
    expect(await followerIdsOf(writer.id)).toEqual([]);
    expect(await counts(reader.id)).toEqual({ followers: 0, following: 0 });
  });

  it("sets the wanted state, so asking twice changes nothing more", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await signInAs(reader.id);
    expect(await follow(writer.id)).toEqual({ ok: true, following: true });
    expect(await follow(writer.id)).toEqual({ ok: true, following: true });
    expect(await followerIdsOf(writer.id)).toEqual([reader.id]);
    expect(await unfollow(writer.id)).toEqual({ ok: true, following: false });
    expect(await unfollow(writer.id)).toEqual({ ok: true, following: false });
    expect(await followerIdsOf(writer.id)).toEqual([]);
  });

  it("only ever changes the signed-in user's own follows", async () => {
    const [reader, other, writer] = await Promise.all([createUser(), createUser(), createUser()]);
    await db.follow.create({ data: { followerId: other.id, followeeId: writer.id } });
    await signInAs(reader.id);
    // A forged extra field naming someone else as the follower is ignored.
    const forged = form({ userId: writer.id, follow: "false", followerId: other.id });
    expect(await setFollow(null, forged)).toEqual({ ok: true, following: false });
    expect(await followerIdsOf(writer.id)).toEqual([other.id]);
  });

  it.each([
    ["an empty id", { userId: "", follow: "true" }],
    ["an id that is not a cuid", { userId: "../ada", follow: "true" }],
    ["an overlong id", { userId: "a".repeat(65), follow: "true" }],
    ["a toggle instead of a state", { userId: "abc123", follow: "toggle" }],
  ])("refuses %s, saying so above the form", async (_label, fields) => {
    const reader = await createUser();
    await signInAs(reader.id);
    expect(await setFollow(null, form(fields))).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE });
    expect(await counts(reader.id)).toEqual({ followers: 0, following: 0 });
  });

  it("refuses anonymous visitors and changes nothing", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await db.follow.create({ data: { followerId: reader.id, followeeId: writer.id } });
    expect(await follow(writer.id)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    expect(await unfollow(writer.id)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    expect(await followerIdsOf(writer.id)).toEqual([reader.id]);
  });

  it("refuses following yourself, which the database refuses as well", async () => {
    const reader = await createUser();
    await signInAs(reader.id);
    expect(await follow(reader.id)).toEqual({ ok: false, message: CANNOT_FOLLOW_YOURSELF });
    await expect(db.follow.create({ data: { followerId: reader.id, followeeId: reader.id } })).rejects.toThrow();
    expect(await followerIdsOf(reader.id)).toEqual([]);
  });

  it("says so when the account does not exist or was just deleted", async () => {
    const [reader, leaver] = await Promise.all([createUser(), createUser()]);
    await signInAs(reader.id);
    expect(await follow("nosuchaccount")).toEqual({ ok: false, message: ACCOUNT_GONE });
    await db.user.delete({ where: { id: leaver.id } });
    expect(await follow(leaver.id)).toEqual({ ok: false, message: ACCOUNT_GONE });
    // Unfollowing answers the same: the account is not there to unfollow.
    expect(await unfollow(leaver.id)).toEqual({ ok: false, message: ACCOUNT_GONE });
    expect(await counts(reader.id)).toEqual({ followers: 0, following: 0 });
  });

  it("stays exact when one person's requests race each other", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await signInAs(reader.id);
    const follows = await Promise.all(Array.from({ length: 20 }, () => follow(writer.id)));
    expect(follows).toEqual(Array(20).fill({ ok: true, following: true }));
    expect(await followerIdsOf(writer.id)).toEqual([reader.id]);

    const unfollows = await Promise.all(Array.from({ length: 20 }, () => unfollow(writer.id)));
    expect(unfollows).toEqual(Array(20).fill({ ok: true, following: false }));
    expect(await followerIdsOf(writer.id)).toEqual([]);
  });

  it("stays exact when many people follow and unfollow one account at once", async () => {
    const writer = await createUser();
    const readers = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    // Half of them follow already and will unfollow; the other half will follow.
    const leaving = readers.slice(0, 6);
    const joining = readers.slice(6);
    await db.follow.createMany({ data: leaving.map((reader) => ({ followerId: reader.id, followeeId: writer.id })) });

    const browsers = new Map<string, Browser>();
    for (const reader of readers) browsers.set(reader.id, await browserOf(reader.id));
    // Three requests each, interleaved across people.
    const calls = [0, 1, 2].flatMap(() => [
      ...leaving.map((reader) => ({ browser: browsers.get(reader.id)!, run: () => unfollow(writer.id) })),
      ...joining.map((reader) => ({ browser: browsers.get(reader.id)!, run: () => follow(writer.id) })),
    ]);

    const results = await startAll(calls);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(await followerIdsOf(writer.id)).toEqual(joining.map((reader) => reader.id).sort());
    expect(await counts(writer.id)).toEqual({ followers: 6, following: 0 });
  });
});

describe("setFollowFromForm, posted without JavaScript", () => {
  it("comes back to the person's row on this site's page the form was on, once done", async () => {
    const [fan, star] = await Promise.all([createUser(), createUser()]);
    await signInAs(fan.id);
    request.setHeader("host", "commons.test");
    request.setHeader("referer", "http://commons.test/@someone/followers?cursor=abc");
    await expect(setFollowFromForm(form({ userId: star.id, follow: "true" }))).rejects.toEqual(
      new RedirectError(`/@someone/followers?cursor=abc#person-${star.id}`),
    );
    expect(await followerIdsOf(star.id)).toEqual([fan.id]);
  });

  it("comes back to that row saying why, by a known code, when refused", async () => {
    const [fan, gone] = await Promise.all([createUser(), createUser({ suspended: true })]);
    await signInAs(fan.id);
    request.setHeader("host", "commons.test");
    request.setHeader("referer", "http://commons.test/@someone/followers?refused=post-gone");
    await expect(setFollowFromForm(form({ userId: gone.id, follow: "true" }))).rejects.toEqual(
      new RedirectError(`/@someone/followers?refused=account-gone#person-${gone.id}`),
    );
    expect(await followerIdsOf(gone.id)).toEqual([]);
  });

  it("answers with the page itself for a page that is not this site's", async () => {
    const [fan, star] = await Promise.all([createUser(), createUser()]);
    await signInAs(fan.id);
    request.setHeader("host", "commons.test");
    request.setHeader("referer", "http://elsewhere.test/@someone/followers");
    expect(await setFollowFromForm(form({ userId: fan.id, follow: "true" }))).toMatchObject({ ok: false });
    expect(await setFollowFromForm(form({ userId: star.id, follow: "true" }))).toEqual({ ok: true, following: true });
  });
});
