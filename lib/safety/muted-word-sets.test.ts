import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { listHomeFeed } from "@/lib/posts/queries";
import { createFollow, createPost, createUser } from "@/test/factories";

// A reader's muted-word values are computed when their words change (migration
// muted_word_sets) and read until a word expires; then the readers compute them again.

const unique = () => Math.random().toString(36).slice(2, 8);
const ids = (page: { items: { id: string }[] }) => page.items.map((post) => post.id);

/** Whether the stored values are what the functions compute now: null when the reader has no row. */
async function storedMatchesComputed(userId: string) {
  const rows = await db.$queryRaw`
    SELECT sets.exact::text IS NOT DISTINCT FROM muted_words_exact(sets.user_id)::text
           AND sets.phrase_candidates::text IS NOT DISTINCT FROM muted_phrases_candidates(sets.user_id)::text
           AND sets.phrase_pattern IS NOT DISTINCT FROM muted_phrases_pattern(sets.user_id) AS matches
    FROM muted_word_sets AS sets WHERE sets.user_id = ${userId}`;
  return parseRows(z.object({ matches: z.boolean() }), rows)[0]?.matches ?? null;
}

describe("muted word sets", () => {
  it("follow every change of a reader's words, and go when the last one goes", async () => {
    const reader = await createUser();
    await db.mutedWord.createMany({ data: ["spoiler", "red wedding", "#launch"].map((phrase) => ({ userId: reader.id, phrase })) });
    expect(await storedMatchesComputed(reader.id)).toBe(true);
    await db.mutedWord.updateMany({ where: { userId: reader.id, phrase: "spoiler" }, data: { expiresAt: new Date(Date.now() + 3_600_000) } });
    await db.mutedWord.deleteMany({ where: { userId: reader.id, phrase: "#launch" } });
    expect(await storedMatchesComputed(reader.id)).toBe(true);
    expect((await db.mutedWordSet.findUniqueOrThrow({ where: { userId: reader.id } })).goodUntil).not.toBeNull();
    await db.mutedWord.deleteMany({ where: { userId: reader.id } });
    expect(await storedMatchesComputed(reader.id)).toBeNull();
  });

  it("show a post again when its muted word expires, with nothing written in between", async () => {
    const [reader, author] = await Promise.all([createUser(), createUser()]);
    await createFollow(reader.id, author.id);
    const word = `fleeting${unique()}`;
    const post = await createPost(author.id, { text: `a ${word} moment` });
    await db.mutedWord.create({ data: { userId: reader.id, phrase: word, expiresAt: new Date(Date.now() + 1_500) } });
    expect(ids(await listHomeFeed(reader.id))).not.toContain(post.id);

    await expect.poll(async () => ids(await listHomeFeed(reader.id)), { timeout: 10_000, interval: 200 }).toContain(post.id);
    // The stored values still name the word: the feed computed them afresh.
    expect((await db.mutedWordSet.findUniqueOrThrow({ where: { userId: reader.id } })).goodUntil!.getTime()).toBeLessThan(Date.now());
  });
});
