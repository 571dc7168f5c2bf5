import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/fixtures";

// Opening /notifications marks them read, in a GET (SECURITY.md, "Cross-site requests"). Another
// site cannot do it for you: the session cookie is SameSite=Lax, so a cross-site frame or image
// loading the page is not signed in, and nothing is marked read.

test("another site framing /notifications marks nothing read", async ({ loggedInPage: page, user, factories, baseURL }) => {
  const fan = await factories.createUser();
  await factories.createFollow(fan.id, user.id);
  const bell = page.getByRole("banner").getByRole("link", { name: /Notifications$/ });
  await page.goto("/search");
  await expect(bell).toHaveAccessibleName("1 unread Notifications");

  // Another site ("localhost" is not the site "127.0.0.1") with a frame of the notifications page.
  const target = `${baseURL}/notifications`;
  const elsewhere = createServer((_, response) => {
    response.setHeader("Content-Type", "text/html");
    response.end(`<!doctype html><title>Elsewhere</title><iframe src="${target}" title="Notifications"></iframe>`);
  });
  await new Promise<void>((listening) => elsewhere.listen(0, "127.0.0.1", listening));
  try {
    const sent = page.waitForRequest(target);
    const answered = page.waitForResponse(target);
    await page.goto(`http://localhost:${(elsewhere.address() as AddressInfo).port}/`);
    // Not signed in there: the request carries no session cookie, and the page sends it to log in.
    expect((await (await sent).allHeaders()).cookie ?? "").not.toContain("commons.session");
    const response = await answered;
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/^\/login\?/);
  } finally {
    elsewhere.close();
  }

  await page.goto("/search");
  await expect(bell).toHaveAccessibleName("1 unread Notifications");
});
