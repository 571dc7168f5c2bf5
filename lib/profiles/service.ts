import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import { saveUploadedImage } from "@/lib/uploads/save";

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
  await db.user.update({ where: { id: user.id }, data: { avatarKey: saved.key } });
  if (user.avatarKey && user.avatarKey !== saved.key) await deleteUnreferencedFiles([user.avatarKey]);
  return { ok: true };
}

export async function removeAvatar(user: CurrentUser): Promise<{ ok: true }> {
  await db.user.update({ where: { id: user.id }, data: { avatarKey: null } });
  if (user.avatarKey) await deleteUnreferencedFiles([user.avatarKey]);
  return { ok: true };
}
