import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listLatestPosts } from "@/lib/posts/queries";
import { createPost, createUser } from "@/test/factories";
import { hostileForm, hostileString, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { addMutedWord, removeMutedWord, setBlock, setMute } from "./actions";
import { mutedWordEcho, normalizePhrase } from "./schema";

let userId: string;
let otherId: string;

/** This feature's rows, which a refusal must leave as they were. */
const safetyRows = async () => ({ blocks: await db.block.count(), mutes: await db.mute.count(), words: await db.mutedWord.findMany({ orderBy: { id: "asc" } }) });

beforeAll(async () => {
  [userId, otherId] = (await Promise.all([createUser(), createUser()])).map((user) => user.id) as [string, string];
  await createPost(otherId, { text: "Anything at all: c++, a.b, (x), [y], \\d+, ünïcode, 東京" });
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("blocks, mutes and muted words with hostile input", () => {
  it("block and mute answer every form, change nothing when they refuse, and only ever touch the signed-in user's own rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("block", "mute"),
        hostileForm({ userId: fc.oneof(fc.constantFrom(otherId, userId), hostileString), block: validOrHostile("true", "false"), mute: validOrHostile("true", "false") }),
        async (kind, fields) => {
          const before = await safetyRows();
          const data = toFormData(fields);
          const { result } = await submitHostileForm(async () => (kind === "block" ? await setBlock(null, data) : await setMute(null, data)));
          if (!result.ok) expect(await safetyRows()).toEqual(before);
          expect(await db.block.count({ where: { blockerId: { not: userId } } })).toBe(0);
          expect(await db.mute.count({ where: { muterId: { not: userId } } })).toBe(0);
        },
      ),
      { numRuns: runs.some },
    );
  });

  it("a muted word of any text is stored normalised, or refused with nothing stored, and every feed still reads", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ phrase: fc.oneof(hostileString, fc.constantFrom("c++", "a.b", "(x", "[y", "\\d+", "$^", "東京", "A  B\tC", ".*")), duration: validOrHostile("forever", "day", "week", "month") }),
        async (fields) => {
          const before = await safetyRows();
          const data = toFormData(fields);
          const { result } = await submitHostileForm(() => addMutedWord(null, data), mutedWordEcho);
          if (!result.ok) expect(await safetyRows()).toEqual(before);
          else {
            const stored = await db.mutedWord.findMany({ where: { userId }, select: { phrase: true } });
            expect(stored.map((word) => word.phrase)).toContain(normalizePhrase(submittedText(data, "phrase")));
          }
          // The word is taken literally: whatever it is, the feed's pattern compiles and the page reads.
          await expect(listLatestPosts(userId)).resolves.toBeDefined();
          const words = await db.mutedWord.findMany({ where: { userId }, select: { id: true } });
          if (words.length > 20) for (const { id } of words) await removeMutedWord(null, toFormData({ id }));
        },
      ),
      { numRuns: runs.some },
    );
  });
});
