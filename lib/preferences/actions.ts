"use server";

import { returnToFormPage } from "@/lib/actions/page-notices";
import { afterThemeChange } from "@/lib/actions/revalidate";
import { type ActionResult, type FormState, failure, formText } from "@/lib/actions/result";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { getCurrentUser } from "@/lib/auth/current-user";
import { setThemeSchema } from "./schema";
import { saveTheme } from "./theme";

/** Open to everyone: a signed-in person's choice goes on their account, anyone else's in a cookie. */
export const setTheme = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const parsed = setThemeSchema.safeParse(formText(formData, ["theme"]));
  if (!parsed.success) return failure("Choose system, light or dark.");
  const user = await getCurrentUser();
  await saveTheme(user?.id ?? null, parsed.data.theme);
  afterThemeChange();
  return { ok: true, message: "Theme saved." };
});

/**
 * setTheme for the switch posted without JavaScript (components/preferences/theme-switch.tsx), as
 * setFollowFromForm (lib/follows/actions.ts): once saved, the page it was on afresh, in the theme,
 * which a reload does not send again.
 */
export async function setThemeFromForm(formData: FormData) {
  const result = await setTheme(null, formData);
  if (result.ok) await returnToFormPage(result, null);
  return result;
}
