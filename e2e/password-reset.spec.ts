import type { Page } from "@playwright/test";
import { issueToken } from "@/lib/account-tokens/store";
import { db } from "@/lib/db";
import { ADDRESS_TAKEN } from "@/lib/email-addresses/schema";
import { RESET_REQUESTED } from "@/lib/password-reset/schema";
import { expect, formsSentByReloadingTwice, logInThroughApi, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";

// Issue 17. The e2e server has no SMTP: its mail stays in the development mailbox
// (/dev/mailbox, COMMONS_DEV_MAILBOX=on in scripts/e2e-server.ts), where these specs read their links.

const NEW_PASSWORD = "a brand new passphrase";

/** The link to `path` in the newest mail with `subject` to `to`, as the development mailbox shows it. */
async function linkFromMailbox(page: Page, to: string, subject: string, path: string): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const body = await page.getByRole("article", { name: `${subject} to ${to}` }).first().locator("pre").textContent();
  const link = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`).exec(body ?? "")?.[0];
  expect(link, `a ${path} link in: ${body}`).toBeTruthy();
  return new URL(link ?? "").pathname + new URL(link ?? "").search;
}

test("forgot password on the login page mails a reset link, read here from the development mailbox", async ({ page, user }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL("/forgot-password");
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses this address, we have sent it a link");
  expect(await linkFromMailbox(page, user.email, "Choose a new Commons password", "/reset-password")).toMatch(/^\/reset-password\?token=/);
});

test("a reset link sets a new password, which works, and the session from before is gone", async ({ browser, loggedInPage, user }) => {
  // The link as the mail above carries it, issued straight into the server's database.
  const token = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", validForMs: 60 * 60_000 }));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/reset-password?token=${token}`);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=done$/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

  await loggedInPage.goto("/settings");
  await expect(loggedInPage).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the verification banner ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("resends the link, reads out where it went, and the link verifies the address", async ({ page, factories }) => {
      const user = await factories.createUser({ unverified: true });
      await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
      await page.goto("/");
      const banner = page.getByRole("region", { name: "Please verify your email address" });
      await banner.getByRole("button", { name: "Resend the link" }).click();
      await expect(page.locator(":focus")).toHaveText(`We sent a new link to ${user.email}.`);

      await page.goto(await linkFromMailbox(page, user.email, "Confirm your email address for Commons", "/verify-email"));
      // One way on: its button, not the banner's Resend beside it.
      await expect(page.getByRole("button", { name: "Confirm my address" })).toBeVisible();
      await expect(banner).toBeHidden();
      await page.getByRole("button", { name: "Confirm my address" }).click();
      await expect(page).toHaveURL("/verify-email?verified=yes");
      await expect(page.getByRole("status")).toHaveText("Thank you: your email address is verified.");
      // Gone at once, and from the next page reached by a link: with JavaScript, the same document.
      await expect(banner).toHaveCount(0);
      // Back on the link's page, used up now: it tells its owner the address is verified, not that the link is invalid.
      await page.goBack();
      await expect(page).toHaveURL(/\/verify-email\?token=/);
      await expect(page.getByRole("status")).toHaveText("Your email address is already verified.");
      await expect(page.getByText("This link is not valid any more")).toHaveCount(0);
      await expect(banner).toHaveCount(0);
      await page.getByRole("link", { name: "Home" }).first().click();
      await page.waitForURL("/");
      await expect(page.getByRole("heading", { name: "Home" })).toBeAttached();
      await expect(banner).toHaveCount(0);
    });
  });
}

test("a link to an address another account took meanwhile is refused, and the keyboard is on why", async ({ loggedInPage: page, user, factories }) => {
  const address = `taken-${user.username}@example.test`;
  const token = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", validForMs: 60 * 60_000, email: address }));
  const other = await factories.createUser();
  await db.user.update({ where: { id: other.id }, data: { email: address } });
  await page.goto(`/verify-email?token=${token}`);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.locator(":focus")).toHaveText(ADDRESS_TAKEN);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a used or forged reset link says so and offers a new one", async ({ page }) => {
    await page.goto("/reset-password?token=forged");
    await expect(page.getByRole("alert")).toHaveText("This link is not valid any more. Links work once, for a limited time.");
    await expect(page.getByRole("link", { name: "Send me a new link" })).toHaveAttribute("href", "/forgot-password");
  });

  test("asking for a reset link leads to the forgot-password page saying it went; reloading it mails nothing again", async ({ page, user }) => {
    const mailed = () => db.emailOutbox.count({ where: { recipient: user.email } });
    const before = await mailed();
    await page.goto("/forgot-password");
    await page.getByLabel("Email", { exact: true }).fill(user.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    // The same address for every email typed: it names none.
    await expect(page).toHaveURL("/forgot-password?sent=1");
    await expect(page.locator(":focus")).toHaveText(RESET_REQUESTED);

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status")).toHaveText(RESET_REQUESTED);
    expect(await mailed()).toBe(before + 1);
  });

  test("a new password set through a reset link leads to log in; reloading that sends the used link nowhere", async ({ page, user }) => {
    const token = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", validForMs: 60 * 60_000 }));
    await page.goto(`/reset-password?token=${token}`);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL("/login?reset=done");

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status")).toContainText("Your password was changed");
    await expect(page.getByText("This link is not valid any more")).toHaveCount(0);
  });

  test("a link resent from the banner leads to the verification page saying where it went; reloading it mails nothing again", async ({ page, factories }) => {
    const user = await factories.createUser({ unverified: true });
    await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
    await page.goto("/");
    const mailed = () => db.emailOutbox.count({ where: { recipient: user.email } });
    const before = await mailed();
    await page.getByRole("region", { name: "Please verify your email address" }).getByRole("button", { name: "Resend the link" }).click();
    await page.waitForURL((url) => url.pathname === "/verify-email" && url.searchParams.get("resent") === "1");
    await expect(page.locator(":focus")).toHaveText(`We sent a new link to ${user.email}.`);

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status")).toHaveText(`We sent a new link to ${user.email}.`);
    expect(await mailed()).toBe(before + 1);
  });
});

test("the forgot-password and reset pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/forgot-password", "/reset-password?token=forged"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, { include: "main", label: path });
  }
});

test("the verification banner has no accessibility violations", async ({ page, factories }) => {
  const user = await factories.createUser({ unverified: true });
  await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Please verify your email address" })).toBeVisible();
  await expectNoAxeViolations(page, { include: "main" });
});
