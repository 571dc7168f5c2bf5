"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { profileFormEcho, profileSchema } from "@/lib/accounts/schema";
import { authedAction } from "@/lib/actions/authed";
import { fieldFailure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import { saveUploadedImage } from "@/lib/uploads/save";

// The user's picture and name appear on every page (navigation, posts), so
// changes revalidate the whole layout rather than a list of paths.
function revalidateEverywhere() {
  revalidatePath("/", "layout");
}

export const updateProfile = authedAction(
  { fields: ["displayName", "bio"], schema: profileSchema, echo: profileFormEcho },
  async (user, input) => {
    await db.user.update({ where: { id: user.id }, data: input });
    revalidateEverywhere();
    return { ok: true, message: "Profile saved." };
  },
);

export const updateAvatar = authedAction({ fields: [], schema: z.object({}) }, async (user, _input, formData) => {
  const file = formData.get("avatar");
  if (!(file instanceof File) || file.size === 0) return fieldFailure("avatar", "Choose a picture to upload.");

  const saved = await saveUploadedImage(file, "avatar");
  if (!saved.ok) return fieldFailure("avatar", saved.message);

  await db.user.update({ where: { id: user.id }, data: { avatarKey: saved.key } });
  if (user.avatarKey && user.avatarKey !== saved.key) await deleteUnreferencedFiles([user.avatarKey]);
  revalidateEverywhere();
  return { ok: true, message: "Picture updated." };
});

export const removeAvatar = authedAction({ fields: [], schema: z.object({}) }, async (user) => {
  await db.user.update({ where: { id: user.id }, data: { avatarKey: null } });
  if (user.avatarKey) await deleteUnreferencedFiles([user.avatarKey]);
  revalidateEverywhere();
  return { ok: true, message: "Picture removed." };
});
