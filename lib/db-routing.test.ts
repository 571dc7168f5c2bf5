import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPost as createPostAction } from "@/lib/posts/actions";
import { listLatestPosts, listUserPosts } from "@/lib/posts/queries";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { searchPeople, searchPosts } from "@/lib/search/queries";
import { recordPostLinks } from "@/lib/tags/store";
import { listTaggedPosts, trendingTags } from "@/lib/tags/queries";
import { createDatabase, uniqueDatabaseName } from "@/scripts/lib/database";
import { createPost, createUser } from "@/test/factories";
import { request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { READ_YOUR_WRITES_SECONDS, lagTolerantDb, wroteRecently } from "./db-routing";
import { db } from "./db";

// The "replica" here is a second database on the test server: the routing
// rules only need two servers that can be told apart. Rows written to one are
// not on the other, so where a page read from shows in what it found. (The
// drill, scripts/drills/replica.ts, runs a real streaming standby.)
const replicaUrl = await createDatabase(inject("databaseServerUrl"), uniqueDatabaseName(inject("databasePrefix")), inject("templateDatabase"));
process.env.DATABASE_REPLICA_URL = replicaUrl;

const onReplica = new PrismaClient({ adapter: new PrismaPg({ connectionString: replicaUrl }) });

/** A person and a post, tagged and searchable, that exist on the replica only. */
async function replicaOnlyPost() {
  const word = `replicaword${Math.random().toString(36).slice(2, 8)}`;
  const author = await onReplica.user.create({
    data: { username: `rep_${word.slice(-6)}`, email: `${word}@example.test`, displayName: "On the replica", passwordHash: "x" },
  });
  const post = await onReplica.post.create({ data: { authorId: author.id, text: `Only here: ${word} #${word}` } });
  await recordPostLinks(onReplica, post.id);
  return { author, post, word };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

let replica: Awaited<ReturnType<typeof replicaOnlyPost>>;
let primaryPost: Awaited<ReturnType<typeof createPost>>;

beforeAll(async () => {
  replica = await replicaOnlyPost();
  primaryPost = await createPost((await createUser()).id, { text: "Only on the primary #primaryonly" });
});

afterAll(async () => {
  await onReplica.$disconnect();
});

describe("reads that tolerate lag", () => {
  it("come from the replica for a browser that has not written: explore, profiles, tag pages, trending and search", async () => {
    expect(await wroteRecently()).toBe(false);
    const explore = ids(await listLatestPosts(null));
    expect(explore).toContain(replica.post.id);
    expect(explore).not.toContain(primaryPost.id);
    expect(ids(await listUserPosts(replica.author.id, null))).toEqual([replica.post.id]);
    expect((await getVisibleProfile(replica.author.username, null))?.id).toBe(replica.author.id);
    expect(ids(await listTaggedPosts(replica.word, null))).toEqual([replica.post.id]);
    expect((await trendingTags(null)).map((tag) => tag.tag)).toContain(replica.word);
    expect(ids(await searchPosts(replica.word, 1))).toEqual([replica.post.id]);
    expect(ids(await searchPeople(replica.author.username, 1))).toEqual([replica.author.id]);
  });

  it("leave every other read and every write on the primary", async () => {
    expect(await db.post.findUnique({ where: { id: replica.post.id } })).toBeNull();
    expect(await db.post.findUnique({ where: { id: primaryPost.id } })).not.toBeNull();
  });
});

describe("read-your-writes", () => {
  it("sends a browser's reads to the primary right after its form action, in the same response and the next ones", async () => {
    const writer = await createUser();
    await signInAs(writer.id);
    expect(await createPostAction(null, form({ text: "Just written #justwritten" }))).toMatchObject({ ok: true });
    const written = await db.post.findFirstOrThrow({ where: { authorId: writer.id } });

    expect(await wroteRecently()).toBe(true);
    expect(ids(await listLatestPosts(writer.id))).toContain(written.id);
    expect(ids(await listUserPosts(writer.id, writer.id))).toEqual([written.id]);
    expect(ids(await listTaggedPosts("justwritten", writer.id))).toEqual([written.id]);
    expect(await lagTolerantDb()).toBe(db);

    // Another browser, which wrote nothing, still reads the replica, which has not got the post.
    await request.inBrowser([], async () => {
      expect(await wroteRecently()).toBe(false);
      expect(ids(await listLatestPosts(null))).not.toContain(written.id);
    });
  });

  it(`ends ${READ_YOUR_WRITES_SECONDS} s after the write`, async () => {
    const writer = await createUser();
    await signInAs(writer.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      expect(await createPostAction(null, form({ text: "Soon on the replica too" }))).toMatchObject({ ok: true });
      vi.setSystemTime(Date.now() + (READ_YOUR_WRITES_SECONDS - 1) * 1_000);
      expect(await wroteRecently()).toBe(true);
      vi.setSystemTime(Date.now() + 2_000);
      expect(await wroteRecently()).toBe(false);
      expect(ids(await listLatestPosts(null))).toContain(replica.post.id);
    } finally {
      vi.useRealTimers();
    }
  });

  it("ignores a marker that was not signed by the server, or was altered", async () => {
    const writer = await createUser();
    await signInAs(writer.id);
    await createPostAction(null, form({ text: "Marked" }));
    const [marker] = request.switchBrowser().filter((cookie) => cookie.name === "commons.wrote");
    expect(marker).toBeDefined();
    const [expiresAt, signature] = marker!.value.split(".");
    const later = String(Number(expiresAt) + 3_600_000);
    for (const value of [`${later}.${signature}`, `${expiresAt}.${"A".repeat(43)}`, later, "", `${expiresAt}.`]) {
      request.switchBrowser([{ name: "commons.wrote", value }]);
      expect(await wroteRecently()).toBe(false);
      expect(ids(await listLatestPosts(null))).toContain(replica.post.id);
    }
    request.switchBrowser([marker!]);
    expect(await wroteRecently()).toBe(true);
  });
});
