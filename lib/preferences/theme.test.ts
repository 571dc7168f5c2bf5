import { cookies } from "next/headers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { setTheme } from "./actions";
import { THEME_COOKIE, currentTheme } from "./theme";

const themeOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).theme;

describe("setTheme", () => {
  it("stores a signed-in person's theme on their account, not in the browser", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await currentTheme(true)).toBe("system");

    expect(await setTheme(null, form({ theme: "dark" }))).toEqual({ ok: true, message: "Theme saved." });

    expect(await themeOf(user.id)).toBe("dark");
    expect((await cookies()).get(THEME_COOKIE)).toBeUndefined();
    expect(await currentTheme(true)).toBe("dark");
  });

  it("keeps each person's own theme", async () => {
    const [dark, light] = await Promise.all([createUser(), createUser()]);
    await signInAs(dark.id);
    await setTheme(null, form({ theme: "dark" }));
    request.switchBrowser();
    await signInAs(light.id);
    await setTheme(null, form({ theme: "light" }));

    expect(await currentTheme(true)).toBe("light");
    expect([await themeOf(dark.id), await themeOf(light.id)]).toEqual(["dark", "light"]);
  });

  it("keeps a visitor's theme in a cookie", async () => {
    expect(await setTheme(null, form({ theme: "light" }))).toEqual({ ok: true, message: "Theme saved." });
    expect((await cookies()).get(THEME_COOKIE)?.value).toBe("light");
    expect(await currentTheme(true)).toBe("light");
  });

  it("refuses a value that is not a theme and changes nothing", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await setTheme(null, form({ theme: "blue" }))).toEqual({ ok: false, message: "Choose system, light or dark." });
    expect(await themeOf(user.id)).toBe("system");
  });
});

describe("currentTheme", () => {
  it("reads a cookie that names no theme as the system theme", async () => {
    (await cookies()).set(THEME_COOKIE, "neon");
    expect(await currentTheme(true)).toBe("system");
  });

  it("ignores a signed-in person's stored theme while the database is unreachable, using the cookie", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { theme: "dark" } });
    await signInAs(user.id);
    (await cookies()).set(THEME_COOKIE, "light");
    expect(await currentTheme(false)).toBe("light");
  });
});

describe("the users.theme column", () => {
  it("refuses any value but system, light and dark", async () => {
    const user = await createUser();
    await expect(db.$executeRaw`UPDATE users SET theme = 'blue' WHERE id = ${user.id}`).rejects.toThrow(/users_theme_check/);
  });
});
