import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { type Theme, themeOrSystem } from "./schema";

/** Where a reader who is not signed in keeps their theme: on this browser only. */
export const THEME_COOKIE = "commons.theme";
const THEME_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // the longest browsers keep a cookie

/**
 * The theme this request's page is rendered in: the signed-in person's own
 * (stored on their account), else the browser's cookie, else "system".
 * `online: false` while the database is unreachable: then only the cookie counts.
 * The signed-in user is the per-request cached one: no query of its own.
 */
export async function currentTheme(online: boolean): Promise<Theme> {
  const user = online ? await getCurrentUser() : null;
  if (user) return themeOrSystem(user.theme);
  return browserTheme();
}

/** The theme this browser chose while signed out ("system" if none): a new account starts with it. */
export async function browserTheme(): Promise<Theme> {
  return themeOrSystem((await cookies()).get(THEME_COOKIE)?.value);
}

/** Remembers `theme` for `userId` when signed in, otherwise for this browser. */
export async function saveTheme(userId: string | null, theme: Theme): Promise<void> {
  if (userId) {
    await db.user.update({ where: { id: userId }, data: { theme } });
    return;
  }
  (await cookies()).set(THEME_COOKIE, theme, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    maxAge: THEME_COOKIE_MAX_AGE_SECONDS,
  });
}
