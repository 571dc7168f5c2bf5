import type { Browser } from "@playwright/test";
import { expect, logInThroughApi, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

// Settings → Sessions (issue 17): every logged-in device, and logging one out
// ends it at once on the server, whatever its cookie says.

const FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const SAFARI_ON_IOS =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

async function signedInDevice(browser: Browser, username: string, password: string, userAgent: string, javaScriptEnabled = true) {
  const page = await (await browser.newContext({ userAgent, javaScriptEnabled })).newPage();
  await logInThroughApi(page, username, password);
  return page;
}

test("the sessions page lists each device and logs another one out at once", async ({ browser, user, factories }) => {
  const phone = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  const laptop = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, FIREFOX_ON_LINUX);

  await laptop.goto("/settings");
  await laptop.getByRole("link", { name: "See where you are logged in" }).click();
  await expect(laptop.getByRole("heading", { name: "Sessions" })).toBeVisible();
  const thisDevice = laptop.getByRole("listitem").filter({ hasText: "This device" });
  await expect(thisDevice).toContainText("Firefox on Linux");
  await expect(laptop.getByRole("listitem").filter({ hasText: "Safari on iOS" })).toContainText("Last used:");
  await expectNoAxeViolationsLightAndDark(laptop);

  // Each row's button says which session it ends; the site's own "Log out" stays the only one of that name.
  await expect(laptop.getByRole("button", { name: "Log out", exact: true })).toHaveCount(1);
  await laptop.getByRole("button", { name: /^Log out Safari on iOS \(logged in .+, from [\d.:a-f]+\)$/ }).click();
  await expect(laptop.getByText("Logged out 1 device. It has to log in again.")).toBeVisible();
  await expect(laptop.getByRole("listitem").filter({ hasText: "Safari on iOS" })).toHaveCount(0);

  await phone.goto("/settings");
  await expect(phone).toHaveURL("/login?callbackUrl=%2Fsettings");
});

test("two devices of one kind are two rows, and the page lists no landmark twice", async ({ browser, user, factories }) => {
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  const laptop = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, FIREFOX_ON_LINUX);

  await laptop.goto("/settings/sessions");
  await expect(laptop.getByRole("button", { name: /^Log out Safari on iOS/ })).toHaveCount(2);
  await expectNoAxeViolationsLightAndDark(laptop);
});

test("two sessions of one kind logged in the same minute show which is which, and each button ends its own", async ({ browser, user, factories }) => {
  const { db } = await import("@/lib/db");
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  // Both phones logged in at 05:06 UTC, which a reader in New York reads as 12:06 AM.
  await db.session.updateMany({ where: { userId: user.id, userAgent: SAFARI_ON_IOS }, data: { createdAt: new Date("2026-03-04T05:06:07Z") } });
  const phones = await db.session.findMany({ where: { userId: user.id, userAgent: SAFARI_ON_IOS }, orderBy: { id: "asc" }, select: { id: true } });
  const laptop = await (await browser.newContext({ userAgent: FIREFOX_ON_LINUX, timezoneId: "America/New_York" })).newPage();
  await logInThroughApi(laptop, user.username, factories.TEST_PASSWORD);

  await laptop.goto("/settings/sessions");
  const phone = (number: 1 | 2) => laptop.getByRole("listitem").filter({ hasText: `Safari on iOS, ${number} of 2` });
  const logOut = (number: 1 | 2) =>
    laptop.getByRole("button", { name: new RegExp(`^Log out Safari on iOS, ${number} of 2 \\(logged in 12:06\\sAM · Mar 4, 2026, from [\\d.:a-f]+\\)$`) });
  for (const number of [1, 2] as const) {
    await expect(phone(number)).toContainText(/Logged in: 12:06\sAM · Mar 4, 2026/);
    await expect(phone(number)).toContainText(/from [\d.:a-f]+/);
    await expect(logOut(number)).toHaveCount(1);
  }
  await expectNoAxeViolationsLightAndDark(laptop);

  await logOut(2).click();
  await expect(laptop.getByText("Logged out 1 device. It has to log in again.")).toBeVisible();
  await expect(laptop.getByRole("listitem").filter({ hasText: "Safari on iOS" })).toHaveCount(1);
  const left = await db.session.findMany({ where: { userId: user.id, userAgent: SAFARI_ON_IOS }, select: { id: true } });
  expect(left).toEqual([phones[0]]);
});

test("after logging a device out, focus moves to the next device's button, then to what the page says", async ({ browser, user, factories }) => {
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  await signedInDevice(browser, user.username, factories.TEST_PASSWORD, CHROME_ON_ANDROID);
  const laptop = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, FIREFOX_ON_LINUX);
  const logOut = (device: string) => laptop.getByRole("button", { name: `Log out ${device} (logged in` });

  await laptop.goto("/settings/sessions");
  await waitForHydration(logOut("Safari on iOS"));
  await logOut("Safari on iOS").focus();
  await laptop.keyboard.press("Enter");
  await expect(laptop.getByRole("listitem").filter({ hasText: "Safari on iOS" })).toHaveCount(0);
  await expect(logOut("Chrome on Android")).toBeFocused();

  await laptop.keyboard.press("Enter");
  await expect(laptop.getByText("No other device is logged in.")).toBeVisible();
  await expect(laptop.locator(":focus")).toHaveText("Logged out 1 device. It has to log in again.");
});

test("without JavaScript, logging out every other device works too", async ({ browser, user, factories }) => {
  const phone = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, SAFARI_ON_IOS);
  const laptop = await signedInDevice(browser, user.username, factories.TEST_PASSWORD, FIREFOX_ON_LINUX, false);

  await laptop.goto("/settings/sessions");
  await laptop.getByRole("button", { name: "Log out all other sessions" }).click();
  await expect(laptop.getByText("Logged out 1 device. It has to log in again.")).toBeVisible();
  await expect(laptop.getByText("No other device is logged in.")).toBeVisible();

  await phone.goto("/settings");
  await expect(phone).toHaveURL("/login?callbackUrl=%2Fsettings");
});

// The server keeps a session's row between page loads (lib/auth/kept-sessions.ts), and forgets
// a user's rows when PostgreSQL signals a change to them. The changes here are made in the
// database directly, as another server, an admin or a script would make them.
test("the next page shows a change made elsewhere, and a session ended elsewhere is over", async ({ loggedInPage: page, user }) => {
  const { db } = await import("@/lib/db");
  const profileLink = page.getByRole("banner").getByRole("link", { name: "Your profile" });

  // First, until the server shows a name the database no longer has: a name changed with the
  // triggers off sends no signal, so seeing the old one proves the page used a kept row.
  let attempt = 0;
  await expect(async () => {
    attempt += 1;
    const unsignalled = `Silent ${String.fromCharCode(64 + attempt)}x`;
    await db.$transaction([
      db.$executeRaw`SET LOCAL session_replication_role = replica`,
      db.user.update({ where: { id: user.id }, data: { displayName: unsignalled } }),
    ]);
    await page.goto("/");
    await expect(profileLink).toBeVisible();
    expect(await profileLink.textContent()).not.toBe(`S${unsignalled.at(-2)}`);
  }).toPass({ timeout: 20_000 });

  // A signalled change shows on the first page loaded after its signal reaches the server.
  await db.user.update({ where: { id: user.id }, data: { displayName: "Zed Quux" } });
  await untilSignalHeard(async () => {
    await page.goto("/");
    await expect(profileLink).toHaveText("ZQ", { timeout: 1_000 });
  });

  await db.session.deleteMany({ where: { userId: user.id } });
  await untilSignalHeard(async () => {
    await page.goto("/settings");
    await expect(page).toHaveURL("/login?callbackUrl=%2Fsettings", { timeout: 1_000 });
  });
});

/**
 * Loads a page until it shows a change made elsewhere. PostgreSQL hands a signal to the server's
 * listener a moment after the commit, and the writer may hear of its commit first: 0.1 ms later
 * in a quiet run, 3–7 ms under load, and later still on a busy CI machine, where the next page's
 * request once won the race. Without the signal the row stays kept for 30 s, so this still fails;
 * 10 s is twice how long the server uses kept rows when it hears no heartbeat.
 */
async function untilSignalHeard(check: () => Promise<void>): Promise<void> {
  await expect(check).toPass({ timeout: 10_000 });
}
