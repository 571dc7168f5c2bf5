import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { logOut } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { GET, ORIGIN, authContext, csrfToken, keepCookies, postForm } from "@/test/next/auth-route";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";

type Cookie = { name: string; value: string };

/** Signs `userId` in on a browser of its own and returns that browser's cookies, as someone copying them would. */
async function copiedCookies(userId: string): Promise<Cookie[]> {
  await signInAs(userId);
  return (await cookies()).getAll();
}

/** GET /api/auth/session from a browser holding `cookieList`. */
async function sessionEndpoint(cookieList: Cookie[]) {
  request.switchBrowser(cookieList);
  const response: Response = await GET(new NextRequest(`${ORIGIN}/api/auth/session`), authContext("session"));
  const sessionCookies = response.headers.getSetCookie().filter((cookie) => cookie.startsWith("commons.session"));
  return { status: response.status, body: (await response.json()) as unknown, sessionCookies };
}

/** What a session that is over must get: no user, and its cookie cleared rather than renewed. */
function expectSignedOut(answer: Awaited<ReturnType<typeof sessionEndpoint>>) {
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({});
  expect(answer.sessionCookies).not.toHaveLength(0);
  for (const cookie of answer.sessionCookies) {
    expect(cookie).toMatch(/^commons\.session=;/);
    expect(cookie).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  }
}

describe("GET /api/auth/session", () => {
  it("answers a live session with its user and renews its cookie", async () => {
    const user = await createUser();
    const answer = await sessionEndpoint(await copiedCookies(user.id));
    expect(answer.body).toMatchObject({ userId: user.id });
    expect(answer.sessionCookies).toEqual([expect.stringMatching(/^commons\.session=[^;]+;/)]);
  });

  it("answers {} and clears the cookie once that session logged out", async () => {
    const user = await createUser();
    const copy = await copiedCookies(user.id);
    await expect(logOut()).rejects.toEqual(new RedirectError("/"));

    expectSignedOut(await sessionEndpoint(copy));
  });

  it("answers {} and clears the cookie of a deleted account", async () => {
    const user = await createUser();
    const copy = await copiedCookies(user.id);
    await db.user.delete({ where: { id: user.id } });

    expectSignedOut(await sessionEndpoint(copy));
  });

  it("answers {} and clears the cookie of a suspended account, even if its session row were left", async () => {
    const user = await createUser();
    const copy = await copiedCookies(user.id);
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });

    expectSignedOut(await sessionEndpoint(copy));
  });

  it("answers {} with no cookie to clear for a visitor", async () => {
    const answer = await sessionEndpoint([]);
    expect(answer.body).toEqual({});
    expect(answer.sessionCookies).toEqual([]);
  });
});

describe("next-auth's Credentials sign-in and sign-out", () => {
  it("gives the browser a session of its own, which signing out through next-auth ends for every copy", async () => {
    const user = await createUser();
    const signIn = await postForm("callback/credentials", {
      csrfToken: await csrfToken(),
      identifier: user.username,
      password: TEST_PASSWORD,
      json: "true",
    });
    expect(signIn.status).toBe(200);
    await keepCookies(signIn);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect((await getCurrentUser())?.id).toBe(user.id);
    const copy = (await cookies()).getAll();

    await keepCookies(await postForm("signout", { csrfToken: await csrfToken(), json: "true" }));

    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expectSignedOut(await sessionEndpoint(copy));
  });
});
