import { expect, test } from "./support/fixtures";

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
