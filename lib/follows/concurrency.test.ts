import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { type Browser, browserSignedInAs, form } from "@/test/next/session";
import { setFollow } from "./actions";

// Fifty people following and unfollowing the same two accounts at once, each
// through the real action in a browser (cookie jar) of their own.

const PEOPLE = 50;

/** Person i's wanted states for one target, in order; the target index varies the pattern. */
function wantedStates(i: number, target: number): boolean[] {
  return Array.from({ length: 2 + ((i + target) % 3) }, (_, click) => (click * 7 + i + target) % 4 !== 0);
}

describe("setFollow under concurrency", () => {
  it("leaves exactly the follows each person last asked for, with double clicks and no duplicates", async () => {
    const targets = await Promise.all([createUser(), createUser()]);
    const users = await Promise.all(Array.from({ length: PEOPLE }, () => createUser()));
    const browsers: Browser[] = await Promise.all(users.map((user) => browserSignedInAs(user.id)));
    const setTo = (browser: Browser, userId: string, follow: boolean) =>
      browser(() => setFollow(null, form({ userId, follow: String(follow) })));

    const answers = await Promise.all(
      browsers.flatMap((browser, i) =>
        targets.map(async (target, t) => {
          const results = [];
          for (const wanted of wantedStates(i, t)) results.push(await setTo(browser, target.id, wanted));
          const last = wantedStates(i, t).at(-1)!;
          results.push(...(await Promise.all([setTo(browser, target.id, last), setTo(browser, target.id, last)])));
          return results;
        }),
      ),
    );

    expect(answers.flat().filter((answer) => !answer.ok)).toEqual([]);
    for (const [t, target] of targets.entries()) {
      const followers = await db.follow.findMany({ where: { followeeId: target.id }, select: { followerId: true } });
      const expected = users.filter((_, i) => wantedStates(i, t).at(-1)).map((user) => user.id);
      expect(followers.map((row) => row.followerId).sort()).toEqual(expected.sort());
      const { _count } = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { _count: { select: { followers: true } } } });
      expect(_count.followers).toBe(expected.length);
    }
  });
});
