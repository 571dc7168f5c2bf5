import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { hostileString, runs } from "@/test/hostile/input";
import { signInAs } from "@/test/next/session";
import { type FeedSource, loadOlderPosts } from "./load-more";

let authorId: string;

beforeAll(async () => {
  authorId = (await createUser()).id;
  await Promise.all(Array.from({ length: 3 }, () => createPost(authorId, { text: "#Hostile #Ünïcode" })));
});

/** A cursor token as we issue them, but around a hostile id or date. */
const forgedCursor = fc
  .record({ createdAt: fc.oneof(fc.constant("2020-01-01T00:00:00.000Z"), hostileString), id: hostileString })
  .map(({ createdAt, id }) => Buffer.from(JSON.stringify([createdAt, id])).toString("base64url"));

const source: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom({ kind: "home" }, { kind: "explore" }, { kind: "bookmarks" }),
  hostileString.map((id) => ({ kind: "profile", authorId: id })),
  fc.oneof(hostileString, fc.constantFrom("hostile", "ÜNÏCODE", "%C3%BCn%C3%AFcode", "%E0%A4%A", "a'; DROP TABLE posts; --")).map((tag) => ({ kind: "tag", tag })),
  fc.constant({ kind: "profile", authorId: "placeholder" }),
  fc.anything(),
);

describe("loadOlderPosts with hostile input", () => {
  it("answers every source and cursor with a page, never an exception", async () => {
    await signInAs(authorId);
    await fc.assert(
      fc.asyncProperty(source, fc.oneof(forgedCursor, hostileString, fc.anything()), async (feed, cursor) => {
        const resolved = isPlaceholder(feed) ? { kind: "profile", authorId } : feed;

        const page = await loadOlderPosts(resolved as FeedSource, cursor as string);

        expect(Array.isArray(page.items)).toBe(true);
        expect(page.nextCursor === null || typeof page.nextCursor === "string").toBe(true);
      }),
      {
        numRuns: runs.many,
        examples: [
          [{ kind: "explore" }, encodeCursor({ createdAt: new Date(), id: "a\u0000" })],
          [{ kind: "profile", authorId: "a\u0000" }, ""],
          [{ kind: "tag", tag: "hostile\u0000" }, encodeCursor({ createdAt: new Date(), id: "a" })],
        ],
      },
    );
  });
});

function isPlaceholder(feed: unknown): boolean {
  return typeof feed === "object" && feed !== null && "authorId" in feed && feed.authorId === "placeholder";
}
