import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normalizePhrase } from "@/lib/safety/schema";
import { createPost, createUser } from "@/test/factories";
import { TRENDING_LIMIT, trendingTags } from "./queries";

// Trending reads every tag of the last day, so this file's own database holds
// only the tags below: which ten make the list is then known.

type User = Awaited<ReturnType<typeof createUser>>;

const muteWord = (user: User, phrase: string, expiresAt: Date | null = null) =>
  db.mutedWord.create({ data: { userId: user.id, phrase: normalizePhrase(phrase), expiresAt } });

describe("trending tags and muted words", () => {
  it("leave out the tags the reader muted, by name or as #tag, and still list TRENDING_LIMIT tags", async () => {
    const [reader, otherReader, author] = await Promise.all([createUser(), createUser(), createUser()]);
    const named = ["coffee", "tea", "juice", "coffee_time"];
    const tags = [...named, ...Array.from({ length: TRENDING_LIMIT + 2 - named.length }, (_, index) => `topic${index}`)];
    // Post n holds the first n + 1 tags, written as people do (#Coffee): each tag is used once more than the next.
    for (let index = 0; index < tags.length; index++) {
      await createPost(author.id, { text: tags.slice(0, index + 1).map((tag) => `#${tag[0]!.toUpperCase()}${tag.slice(1)}`).join(" ") });
    }
    await Promise.all([
      muteWord(reader, "Coffee"),
      muteWord(reader, "#tea"),
      // Expired: its tag is back.
      muteWord(reader, "juice", new Date(Date.now() - 1000)),
      muteWord(otherReader, "water"),
    ]);

    const names = async (viewerId: string | null) => (await trendingTags(viewerId)).map((row) => row.tag);
    const everyone = tags.slice(0, TRENDING_LIMIT);
    expect(await names(null)).toEqual(everyone);
    expect(await names(otherReader.id)).toEqual(everyone);
    // Whole words only: muting "coffee" leaves #coffee_time in.
    expect(await names(reader.id)).toEqual(tags.slice(2, TRENDING_LIMIT + 2));
    expect(await names(reader.id)).toHaveLength(TRENDING_LIMIT);
  });
});

describe("trending tags and the reader's blocks and mutes", () => {
  it("leave out the posts of accounts the reader muted or blocked, or was blocked by", async () => {
    const [reader, otherReader, muted, blocked, blocker] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser()]);
    // Three people: the tag tops the list of everyone else.
    for (const author of [muted, blocked, blocker]) await createPost(author.id, { text: "#shadowtag" });
    await Promise.all([
      db.mute.create({ data: { muterId: reader.id, mutedId: muted.id } }),
      db.block.create({ data: { blockerId: reader.id, blockedId: blocked.id } }),
      db.block.create({ data: { blockerId: blocker.id, blockedId: reader.id } }),
    ]);

    const names = async (viewerId: string | null) => (await trendingTags(viewerId)).map((row) => row.tag);
    expect((await names(null))[0]).toBe("shadowtag");
    expect((await names(otherReader.id))[0]).toBe("shadowtag");
    expect(await names(reader.id)).not.toContain("shadowtag");
  });
});
