import type { CurrentUser } from "@/lib/auth/current-user";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown } from "@/lib/moderation/visibility";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";
import { type Refusal, refusal } from "@/lib/services/refusal";
import {
  ACCOUNT_GONE,
  type AddMutedWordInput,
  CANNOT_BLOCK_YOURSELF,
  CANNOT_MUTE_YOURSELF,
  MUTE_DURATIONS,
  MUTED_WORD_GONE,
  MUTED_WORDS_MAX,
  TOO_MANY_MUTED_WORDS,
} from "./schema";

// Writes of blocks, mutes and muted words, each as `user`, who is always the
// one blocking or muting: the input names only the other account or word.

/**
 * The account in `userId` as a write's target: to start a block or mute, one
 * that is shown (not suspended; a suspended account gets the answer of a
 * missing one); to end one, any that exists, so nothing stays stuck.
 */
function accountTarget(userId: string, starting: boolean): Prisma.Sql {
  return Prisma.sql`SELECT users.id FROM users WHERE users.id = ${userId} ${starting ? Prisma.sql`AND ${accountRowShown("users")}` : Prisma.empty}`;
}

/** The two relations between accounts: the table, its columns, and the refusal for oneself. */
const relations = {
  block: { table: Prisma.raw("blocks"), actor: Prisma.raw("blocker_id"), other: Prisma.raw("blocked_id"), self: CANNOT_BLOCK_YOURSELF },
  mute: { table: Prisma.raw("mutes"), actor: Prisma.raw("muter_id"), other: Prisma.raw("muted_id"), self: CANNOT_MUTE_YOURSELF },
};

/**
 * Starts or ends `user`'s block or mute of `userId`. Idempotent in the
 * database (INSERT … ON CONFLICT DO NOTHING on the primary key, DELETE of at
 * most that row), in one statement with the check of the account.
 */
async function setRelation(kind: keyof typeof relations, user: CurrentUser, userId: string, on: boolean): Promise<{ ok: true } | Refusal> {
  const { table, actor, other, self } = relations[kind];
  if (userId === user.id) return refusal(self);
  const shown = await writeWhereShown(
    db,
    accountTarget(userId, on),
    on
      ? Prisma.sql`INSERT INTO ${table} (${actor}, ${other}) SELECT ${user.id}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM ${table} WHERE ${actor} = ${user.id} AND ${other} IN (SELECT id FROM target)`,
  );
  return shown ? { ok: true } : refusal(ACCOUNT_GONE);
}

/**
 * Blocks or unblocks `userId` as `user`. A block removes the follows between
 * the two, both ways, and their likes and reposts of each other's posts, in its
 * own statement (the trigger blocks_remove_ties, which first locks both
 * accounts, so that a follow, like or repost being written meanwhile is waited
 * for and taken too), so none outlives it.
 */
export async function setBlock(user: CurrentUser, input: { userId: string; block: boolean }): Promise<{ ok: true; blocking: boolean } | Refusal> {
  const result = await setRelation("block", user, input.userId, input.block);
  return result.ok ? { ok: true, blocking: input.block } : result;
}

/** Mutes or unmutes `userId` as `user`; nothing changes for the muted account. */
export async function setMute(user: CurrentUser, input: { userId: string; mute: boolean }): Promise<{ ok: true; muting: boolean } | Refusal> {
  const result = await setRelation("mute", user, input.userId, input.mute);
  return result.ok ? { ok: true, muting: input.mute } : result;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const mutedWordRow = z.object({ id: z.string() });

/**
 * Mutes a word or phrase for `user` until the chosen duration ends. Muting a
 * word already muted sets its new expiry. Expired words are cleared first, and
 * at most MUTED_WORDS_MAX may be in force: the count and the insert are one
 * statement, under a lock on the person's row so two tabs cannot pass it together.
 * The answer names the word's row, new or the one it updated.
 */
export async function addMutedWord(user: CurrentUser, input: AddMutedWordInput): Promise<{ ok: true; id: string; phrase: string } | Refusal> {
  const days = MUTE_DURATIONS[input.duration];
  const expiresAt = days === null ? null : new Date(Date.now() + days * DAY_MS);
  const added = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${user.id} FOR UPDATE`;
    await tx.$executeRaw`DELETE FROM muted_words WHERE user_id = ${user.id} AND expires_at <= now()`;
    // lower() in SQL as well: the CHECK compares with PostgreSQL's lower case, which may differ from JavaScript's.
    return tx.$queryRaw`
      INSERT INTO muted_words (id, user_id, phrase, expires_at)
      SELECT ${crypto.randomUUID().replaceAll("-", "")}, ${user.id}, lower(${input.phrase}), ${expiresAt}
      WHERE (SELECT count(*) FROM muted_words WHERE user_id = ${user.id} AND phrase <> lower(${input.phrase})) < ${MUTED_WORDS_MAX}
      ON CONFLICT (user_id, phrase) DO UPDATE SET expires_at = EXCLUDED.expires_at
      RETURNING id`;
  });
  const [row] = parseRows(mutedWordRow, added);
  return row ? { ok: true, id: row.id, phrase: input.phrase } : refusal(TOO_MANY_MUTED_WORDS, "phrase");
}

/** Removes one of `user`'s muted words (only theirs: the id alone matches no one else's). */
export async function removeMutedWord(user: CurrentUser, input: { id: string }): Promise<{ ok: true } | Refusal> {
  const { count } = await db.mutedWord.deleteMany({ where: { id: input.id, userId: user.id } });
  return count === 1 ? { ok: true } : refusal(MUTED_WORD_GONE);
}
