import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { GET, ORIGIN, POST, authContext, csrfToken } from "@/test/next/auth-route";
import { request } from "@/test/next/runtime";

function postJson(path: string, body: string): Promise<Response> {
  const init = { method: "POST", headers: { "content-type": "application/json" }, body };
  return POST(new NextRequest(`${ORIGIN}/api/auth/${path}`, init), authContext(...path.split("/")));
}

describe("requests next-auth answered with a 500", () => {
  it.each(["callback/credentials", "signin/credentials", "signout", "csrf", "_log"])("refuses a JSON body to %s with 415", async (path) => {
    const response = await postJson(path, "{");
    expect(response.status).toBe(415);
    expect(await response.text()).toBe("Send this form url-encoded, as a browser does.");
  });

  it("refuses JSON with values of the wrong type rather than naming the exception, and sets no session", async () => {
    request.switchBrowser();
    const { username } = await createUser();
    for (const identifier of [123, [username], { username }]) {
      const response = await postJson("callback/credentials", JSON.stringify({ csrfToken: await csrfToken(), identifier, password: TEST_PASSWORD, json: "true" }));
      expect(response.status).toBe(415);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it("answers a GET of the credentials callback with 405 and the method it takes", async () => {
    const response = await GET(new NextRequest(`${ORIGIN}/api/auth/callback/credentials`), authContext("callback", "credentials"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
