import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import { saveUploadedImage } from "@/lib/uploads/save";
import { releaseClaims } from "@/lib/uploads/claims";
import { parseRows } from "@/lib/db-rows";
import { z } from "zod";

const avatarRow = z.object({ avatar_key: z.string().nullable() });

// Every write here changes `user`'s own row: the `where` is the acting user's
// id, never an id from the input.

export async function updateProfile(user: CurrentUser, input: { displayName: string; bio: string }): Promise<{ ok: true }> {
  await db.user.update({ where: { id: user.id }, data: { displayName: input.displayName, bio: input.bio } });
  return { ok: true };
}

/** Processes and stores `user`'s new picture; the old file goes unless someone else uses it too. */
export async function updateAvatar(user: CurrentUser, input: { avatar: File }): Promise<{ ok: true } | Refusal> {
  const saved = await saveUploadedImage(input.avatar, "avatar", user.id);
  if (!saved.ok) return refusal(saved.message, "avatar");
  await setAvatar(user.id, saved.key, saved.claim);
  return { ok: true };
}

export async function removeAvatar(user: CurrentUser): Promise<{ ok: true }> {
  await setAvatar(user.id, null);
  return { ok: true };
}

/**
 * Sets the picture (`key`, released from its `claim`) and lets the replaced file go. The replaced
 * one is read here, locked, rather than from the session's copy, which may be older: of two
 * pictures sent at once, the second replaces the first, whose file then goes too.
 */
async function setAvatar(userId: string, key: string | null, claim?: string): Promise<void> {
  const replaced = await db.$transaction(async (tx) => {
    const [before] = parseRows(avatarRow, await tx.$queryRaw`SELECT avatar_key FROM users WHERE id = ${userId} FOR UPDATE`);
    await tx.user.update({ where: { id: userId }, data: { avatarKey: key } });
    if (claim) await releaseClaims([claim], tx);
    return before?.avatar_key ?? null;
  });
  if (replaced && replaced !== key) await deleteUnreferencedFiles([replaced]);
}
