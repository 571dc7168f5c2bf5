import { truncate, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { MAX_BODY_BYTES } from "@/lib/security/body-limit";
import { multipartHead, postChunked } from "./support/raw-request";

test("pages carry a nonce-based CSP and the other security headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Next.js's own scripts carry this response's nonce, so they run under the policy.
  const scripts = page.locator("script[src]");
  expect(await scripts.count()).toBeGreaterThan(0);
  for (const script of await scripts.all()) expect(await script.evaluate((element) => (element as HTMLScriptElement).nonce)).toBe(nonce);
});

test("injected markup cannot run script: inline handlers are blocked by the policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image" onerror="document.title='pwned'">`);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe("pwned");
});

test("files and API answers carry the security headers too", async ({ request }) => {
  for (const path of ["/api/health", "/robots.txt"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("a server action posted from another site is refused", async ({ page, request, user, factories }) => {
  // The login form's own fields (as a browser without JavaScript would post them), sent from another origin.
  await page.goto("/login");
  const fields = await page.locator("main form").evaluate((form) =>
    Object.fromEntries(new FormData(form as HTMLFormElement).entries() as Iterable<[string, string]>),
  );
  const crossSite = await request.post("/login", {
    headers: { Origin: "https://evil.example" },
    multipart: { ...fields, identifier: user.username, password: factories.TEST_PASSWORD },
  });
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);
  expect(crossSite.headers()["set-cookie"] ?? "").not.toContain("commons.session");

  // The same post from the app's own origin logs in: the refusal above was the origin check.
  const sameSite = await request.post("/login", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { ...fields, identifier: user.username, password: factories.TEST_PASSWORD },
    maxRedirects: 0,
  });
  expect(sameSite.headers()["set-cookie"] ?? "").toContain("commons.session");
});

test("the next-auth login endpoint refuses a request without its CSRF token", async ({ request, user, factories }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { Origin: "https://evil.example" },
    form: { identifier: user.username, password: factories.TEST_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(response.headers()["set-cookie"] ?? "").not.toContain("commons.session");
});

test("a form post over the body limit is refused with a 4xx and stores nothing", async ({ loggedInPage: page, user }) => {
  await page.goto("/");
  const fields = await page
    .getByRole("button", { name: "Post", exact: true })
    .locator("xpath=ancestor::form")
    .evaluate((form) =>
      Object.fromEntries(
        [...new FormData(form as HTMLFormElement).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ),
    );
  const response = await page.request.post("/", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { ...fields, text: "Thirteen megabytes", images: { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(13 * 1024 ** 2) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("This form is too large");
  const { db } = await import("@/lib/db");
  expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
});

/** The fields of the home page's post form, as a browser without JavaScript would send them. */
async function postFormFields(page: Page): Promise<Record<string, string>> {
  await page.goto("/");
  return page
    .getByRole("button", { name: "Post", exact: true })
    .locator("xpath=ancestor::form")
    .evaluate((form) =>
      Object.fromEntries(
        [...new FormData(form as HTMLFormElement).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ),
    );
}

test("an 11 MB form post, under the limit, reaches the action whole and is answered with the image's own message", async ({ loggedInPage: page, user }) => {
  // Next.js hands the proxy a copy of each body cut at 10 MB unless told otherwise; the action then got a cut form and answered 500.
  const fields = await postFormFields(page);
  const response = await page.request.post("/", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { ...fields, text: "Eleven megabytes", images: { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 ** 2) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("That file is larger than 5 MB");
  const { db } = await import("@/lib/db");
  expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
});

for (const megabytes of [13, 100]) {
  test(`a ${megabytes} MB form post sent without a length is refused with 413 once the limit is read, and stores nothing`, async ({ loggedInPage: page, user }) => {
    const fields = await postFormFields(page);
    const origin = new URL(page.url()).origin;
    const cookies = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    const boundary = "----CommonsChunkedUpload";
    const answer = await postChunked(
      `${origin}/`,
      { origin, cookie: cookies, "content-type": `multipart/form-data; boundary=${boundary}` },
      multipartHead(boundary, { ...fields, text: `${megabytes} megabytes, chunked` }, { field: "images", name: "big.jpg", type: "image/jpeg" }),
      megabytes * 1024 ** 2,
      // A megabyte past the limit the upload stalls: only an answer given once the limit is read
      // arrives. Counting what a client sent before it noticed the answer measured the machine's
      // load instead: the server reads on, and throws away, up to 64 MB while its answer travels.
      { holdAfterBytes: MAX_BODY_BYTES + 1024 ** 2 },
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("This form is too large");
    expect(answer.bytesSent).toBeLessThanOrEqual(Math.min(megabytes * 1024 ** 2, MAX_BODY_BYTES + 2 * 1024 ** 2));
    const { db } = await import("@/lib/db");
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
  });
}

test("a url-encoded form over 64 KB to a card's plain form route is refused with 413 and changes nothing", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id);
  await page.goto(`/p/${post.id}`);
  const origin = new URL(page.url()).origin;
  // The card's like button as the form posts it (components/posts/card-actions.tsx), padded with fields
  // without "=": the shape whose parsing takes time in the square of its fields (lib/security/body-limit.ts).
  const response = await page.request.post(`/p/${post.id}/state`, {
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: `like=true&${"a&".repeat(32 * 1024)}`,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toBe("This form is too large: send at most 64 KB of text at once.");
  const { db } = await import("@/lib/db");
  const where = { userId: user.id, postId: post.id };
  const stored = async () => [await db.like.count({ where }), await db.repost.count({ where }), await db.bookmark.count({ where })];
  expect(await stored()).toEqual([0, 0, 0]);

  // Sent without a length, it is refused once 64 KB have arrived.
  const cookie = (await page.context().cookies()).map((each) => `${each.name}=${each.value}`).join("; ");
  const chunked = await postChunked(
    `${origin}/p/${post.id}/state`,
    { origin, cookie, "content-type": "application/x-www-form-urlencoded" },
    Buffer.from(`like=true&${"a&".repeat(32 * 1024)}`),
    1024 ** 2,
  );
  expect(chunked.status).toBe(413);
  expect(await stored()).toEqual([0, 0, 0]);

  // The same form under the limit is taken (a 303 back to the page): the refusals above were its size.
  const small = await page.request.post(`/p/${post.id}/state`, {
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: "like=true",
    maxRedirects: 0,
  });
  expect(small.status()).toBe(303);
  expect(await stored()).toEqual([1, 0, 0]);
});

test("a signed-out url-encoded post over 64 KB to the login endpoints is refused with 413 before it is read", async ({ request }) => {
  // 2 MB of fields without "=" kept the server from answering anyone for 16 s while next-auth parsed them;
  // 128 KB is refused as a larger body is, by its announced length.
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/csrf"]) {
    const response = await request.post(path, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: "a&".repeat(64 * 1024),
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(413);
  }
});

test("requests with a null, foreign or unparsable Origin get a 4xx, never a 500", async ({ request }) => {
  const someActionId = "7f0000000000000000000000000000000000000000";
  for (const origin of ["null", "https://evil.example", "http://"]) {
    for (const path of ["/", "/login", "/explore"]) {
      const page = await request.get(path, { headers: { Origin: origin } });
      expect(page.status(), `GET ${path} from ${origin}`).toBeLessThan(500);
      const form = await request.post(path, { headers: { Origin: origin }, multipart: { identifier: "ada", password: "x" }, maxRedirects: 0 });
      expect(form.status(), `form post to ${path} from ${origin}`).toBe(403);
      expect(await form.text()).toContain("sent from another site");
      const action = await request.post(path, {
        headers: { Origin: origin, "Next-Action": someActionId, "Content-Type": "text/plain;charset=UTF-8" },
        data: "[]",
        maxRedirects: 0,
      });
      expect(action.status(), `action call to ${path} from ${origin}`).toBe(403);
    }
  }
});

test("an address whose escapes do not decode gets the app's 404 page, never a 500", async ({ page, request }) => {
  for (const path of ["/p/%ff", "/@%E0%A4%A", "/tags/%", "/p/%ff/likes", "/p/nothing/c/%ff", "/u/%ff/followers", "/uploads/%ff"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const post = await page.goto("/p/%ff");
  expect(post?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This post isn’t here" })).toBeVisible();
  await page.goto("/@%E0%A4%A");
  await expect(page.getByRole("heading", { name: "This account doesn’t exist" })).toBeVisible();
});

test("a TRACE is refused with 405 and the methods pages answer, never a 500", async ({ request }) => {
  for (const path of ["/", "/login", "/api/health", "/uploads/x"]) {
    const response = await request.fetch(path, { method: "TRACE" });
    expect(response.status(), path).toBe(405);
    expect(response.headers().allow, path).toBe("GET, HEAD, POST");
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a picture over the server's limit is refused on a page that says why and leads back to the settings", async ({ loggedInPage: page }, testInfo) => {
    // A file on disk, which the browser reads itself: a buffer would cross to it as 17 MB of base64.
    const huge = testInfo.outputPath("huge.jpg");
    await writeFile(huge, "");
    await truncate(huge, MAX_BODY_BYTES + 1024 ** 2);
    await page.goto("/settings");
    await page.getByLabel("New picture").setInputFiles(huge);
    await page.getByRole("button", { name: "Upload picture" }).click();
    await expect(page.getByRole("alert")).toHaveText("This form is too large: send at most 12 MB at once.");
    await page.getByRole("link", { name: "Back to the form" }).click();
    await expect(page).toHaveURL("/settings");
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  });
});
