"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, type FormState, failure, formText } from "@/lib/actions/result";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { getCurrentUser } from "@/lib/auth";
import { setThemeSchema } from "./schema";
import { saveTheme } from "./theme";

/** Open to everyone: a signed-in person's choice goes on their account, anyone else's in a cookie. */
export const setTheme = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const parsed = setThemeSchema.safeParse(formText(formData, ["theme"]));
  if (!parsed.success) return failure("Choose system, light or dark.");
  const user = await getCurrentUser();
  await saveTheme(user?.id ?? null, parsed.data.theme);
  // The theme is a class on <html>, rendered by the root layout.
  revalidatePath("/", "layout");
  return { ok: true, message: "Theme saved." };
});
