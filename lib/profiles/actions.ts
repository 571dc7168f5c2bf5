"use server";

import { z } from "zod";
import { profileFormEcho, profileSchema } from "@/lib/accounts/schema";
import { settingsSaved } from "@/lib/accounts/settings-saved";
import { authedAction } from "@/lib/actions/authed";
import { refusedForm } from "@/lib/actions/result";
import { afterProfileChange } from "@/lib/actions/revalidate";
import { avatarFormFile, avatarSchema } from "./schema";
import * as profiles from "./service";

export const updateProfile = authedAction(
  { fields: ["displayName", "bio"], schema: profileSchema, echo: profileFormEcho },
  async (user, input) => {
    await profiles.updateProfile(user, input);
    afterProfileChange();
    return settingsSaved("profile");
  },
);

export const updateAvatar = authedAction({ fields: [], read: avatarFormFile, schema: avatarSchema }, async (user, input) => {
  const updated = await profiles.updateAvatar(user, input);
  if (!updated.ok) return refusedForm(updated);
  afterProfileChange();
  return settingsSaved("picture");
});

export const removeAvatar = authedAction({ fields: [], schema: z.object({}) }, async (user) => {
  await profiles.removeAvatar(user);
  afterProfileChange();
  return settingsSaved("picture-removed");
});
