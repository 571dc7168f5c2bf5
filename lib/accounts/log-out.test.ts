import { cookies } from "next/headers";
import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";
import { logOut } from "./actions";

describe("logOut", () => {
  it("ends the session on the server: a copy of the old cookie opens nothing", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const copy = (await cookies()).getAll();

    await expect(logOut()).rejects.toEqual(new RedirectError("/"));

    expect(await getCurrentUser()).toBeNull();
    request.switchBrowser(copy);
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("leaves the user's other browsers signed in", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const otherBrowser = request.switchBrowser();
    await signInAs(user.id);

    await expect(logOut()).rejects.toEqual(new RedirectError("/"));

    request.switchBrowser(otherBrowser);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});
