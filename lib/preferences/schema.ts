import { z } from "zod";

/** "system" follows the device's light or dark setting; the others override it. */
export const THEMES = ["system", "light", "dark"] as const;

export type Theme = (typeof THEMES)[number];

export const themeSchema = z.enum(THEMES);

export const setThemeSchema = z.object({ theme: themeSchema });

/** A stored or sent value that is not a theme (an old cookie, a hand-edited row) means "system". */
export function themeOrSystem(value: unknown): Theme {
  const parsed = themeSchema.safeParse(value);
  return parsed.success ? parsed.data : "system";
}
