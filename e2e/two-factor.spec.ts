import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { recoveryCodeHash } from "@/lib/two-factor/recovery-codes";
import { TWO_FACTOR_ALREADY_ON } from "@/lib/two-factor/schema";
import { openSecret } from "@/lib/two-factor/secret-box";
import { base32Decode } from "@/lib/two-factor/totp";
import { expect, formsSentByReloadingTwice, logInThroughApi, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";
import { codeOf, codeStep, passwordStep } from "./support/two-factor";

// Issue 17: two-factor login. Codes are computed here from the key the page shows
// (or the factory made), as an authenticator app would.

/** Sets two-factor up from the settings page; answers the secret read from the page and the recovery codes shown. */
async function setUpFromSettings(page: Page, password: string): Promise<{ secret: Buffer; codes: string[] }> {
  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage two-factor login" }).click();
  await expect(page).toHaveURL("/settings/two-factor");
  await page.getByRole("button", { name: "Set up two-factor login" }).click();
  await expect(page.getByRole("img", { name: "QR code of your two-factor key" })).toBeVisible();
  // The keyboard goes on from the set-up's first step, then from what turning it on says.
  await expect(page.getByRole("list").filter({ hasText: "Scan this QR code" })).toBeFocused();
  const secret = base32Decode((await page.getByTestId("two-factor-secret").textContent()) ?? "");
  if (!secret) throw new Error("The page shows no base32 key");
  await page.getByLabel("Code from the app").fill(codeOf(secret));
  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Turn on two-factor login" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(page.locator(":focus")).toHaveText("Two-factor login is on. You were logged out everywhere else.");
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

test("two-factor is set up with a code from the shown key; after logging out, logging in needs the code", async ({ page, factories }) => {
  const user = await factories.createUser();
  await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
  const { secret, codes } = await setUpFromSettings(page, factories.TEST_PASSWORD);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the codes (.txt)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("commons-recovery-codes.txt");
  const file = await readFile(await download.path(), "utf8");
  for (const code of codes) expect(file).toContain(code);
  // The codes came through the page's own call: a reload only loads the page, which says two-factor is on.
  expect(await formsSentByReloadingTwice(page)).toBe(0);
  await expect(page.getByRole("status").filter({ hasText: "recovery codes left" })).toContainText("You have 10 unused recovery codes left.");
  await expect(page.getByText(TWO_FACTOR_ALREADY_ON)).toHaveCount(0);
  // The page a reload leads to without JavaScript (the test below), checked by axe, which needs JavaScript.
  await page.goto("/settings/two-factor?done=on");
  await expect(page.locator(":focus")).toHaveText(TWO_FACTOR_ALREADY_ON);
  await expectNoAxeViolations(page, { include: "main" });

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
  await passwordStep(page, user.username, factories.TEST_PASSWORD);
  // The confirmation used the current step's code: the next step's is the one that works now.
  await codeStep(page, codeOf(secret, 1));
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.goto("/settings/two-factor");
  await expect(page.getByRole("status").filter({ hasText: "recovery codes left" })).toContainText("You have 10 unused recovery codes left.");
});

test("a refused set-up brings the cursor back to the field to fix, which reads out why", async ({ loggedInPage: page }) => {
  await page.goto("/settings/two-factor");
  await page.getByRole("button", { name: "Set up two-factor login" }).click();
  await page.getByLabel("Code from the app").fill("123456");
  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Turn on two-factor login" }).click();
  await expect(page.getByLabel("Your password")).toBeFocused();
  await expect(page.getByLabel("Your password")).toHaveAccessibleDescription("That is not your password.");
});

test("a recovery code logs in once, and a second time it is refused", async ({ browser, page, factories }) => {
  const user = await factories.createUser();
  const { recoveryCodes } = await factories.enableTwoFactor(user.id);
  const [code = ""] = recoveryCodes;
  await passwordStep(page, user.username, factories.TEST_PASSWORD);
  await codeStep(page, code);
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await passwordStep(otherPage, user.username, factories.TEST_PASSWORD);
  await codeStep(otherPage, code);
  await expect(otherPage.getByText("That code is not right, or was already used.")).toBeVisible();
  await expect(otherPage.getByRole("button", { name: "Log out" })).toHaveCount(0);
  await other.close();
});

/** The code step at /login?callbackUrl=/bookmarks names `username` and leads to another account's password step, keeping where the login leads. */
async function switchAccountFromCodeStep(page: Page, username: string) {
  await expect(page.getByText(`Logging in as @${username}.`)).toBeVisible();
  await expect(page.getByLabel("Two-factor code")).toHaveAccessibleDescription(new RegExp(`shows for @${username},`));
  await page.getByRole("link", { name: "Use another account" }).click();
  await expect(page).toHaveURL("/login?callbackUrl=%2Fbookmarks");
  await expect(page.getByLabel("Two-factor code")).toHaveCount(0);
  await expect(page.getByLabel("Username or email")).toHaveValue("");
}

test("the code step names the account, also to someone who typed an email address, and can go back to another account", async ({ page, factories }) => {
  const member = await factories.createUser();
  await factories.enableTwoFactor(member.id);
  const other = await factories.createUser();
  await page.goto("/login?callbackUrl=/bookmarks");
  await page.getByLabel("Username or email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await switchAccountFromCodeStep(page, member.username);

  await page.getByLabel("Username or email").fill(other.username);
  await page.getByLabel("Password", { exact: true }).fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL("/bookmarks");
  await expect(page.locator(".site-header [data-account]")).toHaveAttribute("data-account", other.username);
});

test("the two-factor page and the code step have no accessibility violations", async ({ browser, page, factories }) => {
  const user = await factories.createUser();
  await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
  await page.goto("/settings/two-factor");
  await page.getByRole("button", { name: "Set up two-factor login" }).click();
  await expect(page.getByRole("img", { name: "QR code of your two-factor key" })).toBeVisible();
  await expectNoAxeViolations(page, { include: "main" });

  const member = await factories.createUser();
  await factories.enableTwoFactor(member.id);
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await passwordStep(visitorPage, member.username, factories.TEST_PASSWORD);
  await expectNoAxeViolations(visitorPage, { include: "main" });
  await visitor.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("logging in asks for the code after the password, and the code signs in", async ({ page, factories }) => {
    const user = await factories.createUser();
    const { secret } = await factories.enableTwoFactor(user.id);
    await passwordStep(page, user.username, factories.TEST_PASSWORD);
    await codeStep(page, "000000" === codeOf(secret) ? "111111" : "000000");
    await expect(page.getByText("That code is not right, or was already used.")).toBeVisible();
    await codeStep(page, codeOf(secret));
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  });

  test("after a refused code, the code step still names the account and leads back to the password step", async ({ page, factories }) => {
    const user = await factories.createUser();
    await factories.enableTwoFactor(user.id);
    await page.goto("/login?callbackUrl=/bookmarks");
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password", { exact: true }).fill(factories.TEST_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await codeStep(page, "not a code");
    await expect(page.getByLabel("Two-factor code")).toHaveAttribute("aria-invalid", "true");
    await switchAccountFromCodeStep(page, user.username);
  });

  test("set-up shows the recovery codes and their download", async ({ page, factories }) => {
    const user = await factories.createUser();
    await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
    const { codes } = await setUpFromSettings(page, factories.TEST_PASSWORD);
    const link = page.getByRole("link", { name: "Download the codes (.txt)" });
    await expect(link).toHaveAttribute("download", "commons-recovery-codes.txt");
    const href = (await link.getAttribute("href")) ?? "";
    for (const code of codes) expect(decodeURIComponent(href)).toContain(code);
  });

  test("reloading the page of recovery codes sends the form again: the page afresh says two-factor is on, and the codes shown still work", async ({
    page,
    factories,
  }) => {
    const user = await factories.createUser();
    await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
    const { codes } = await setUpFromSettings(page, factories.TEST_PASSWORD);
    const { db } = await import("@/lib/db");
    const storedCodes = async () => (await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } })).map((row) => row.codeHash).sort();
    expect(await storedCodes()).toEqual(codes.map(recoveryCodeHash).sort());

    // The codes are the form's own answer, so the first reload sends it again (the browser's
    // "Confirm Form Resubmission", accepted); its answer leads to a page of its own, which the second does not.
    expect(await formsSentByReloadingTwice(page)).toBe(1);
    await expect(page).toHaveURL("/settings/two-factor?done=on");
    await expect(page.locator(":focus")).toHaveText(TWO_FACTOR_ALREADY_ON);
    await expect(page.getByRole("status").filter({ hasText: "recovery codes left" })).toContainText("You have 10 unused recovery codes left.");
    await expect(page.getByRole("heading", { name: "Your recovery codes" })).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    const shown = await page.locator("main").innerText();
    for (const code of codes) expect(shown).not.toContain(code);

    // Nothing was made again: the codes shown are the ones stored, and one of them logs in.
    expect(await storedCodes()).toEqual(codes.map(recoveryCodeHash).sort());
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
    await passwordStep(page, user.username, factories.TEST_PASSWORD);
    await codeStep(page, codes[0] ?? "");
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  });

  test("starting the set-up leads to its page afresh: reloading it keeps the key that was shown", async ({ loggedInPage: page, user }) => {
    await page.goto("/settings/two-factor");
    await page.getByRole("button", { name: "Set up two-factor login" }).click();
    await page.waitForURL((url) => url.pathname === "/settings/two-factor" && url.searchParams.get("done") === "started");
    await expect(page.getByRole("list").filter({ hasText: "Scan this QR code" })).toBeFocused();
    const shown = await page.getByTestId("two-factor-secret").textContent();

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByTestId("two-factor-secret")).toHaveText(shown ?? "");
    const { db } = await import("@/lib/db");
    const sealed = (await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id }, select: { secretSealed: true } })).secretSealed;
    expect(base32Decode(shown ?? "")).toEqual(openSecret(sealed, user.id));
  });

  test("turning it off leads to its page afresh, which says so, and reloading it is not refused", async ({ loggedInPage: page, user, factories }) => {
    const { secret } = await factories.enableTwoFactor(user.id);
    await page.goto("/settings/two-factor");
    const turnOff = page.getByRole("form", { name: "Turn off two-factor login" });
    await turnOff.getByLabel("Your password").fill(factories.TEST_PASSWORD);
    await turnOff.getByLabel("Code from the app, or a recovery code").fill(codeOf(secret));
    await page.getByRole("button", { name: "Turn off two-factor login" }).click();
    await page.waitForURL((url) => url.pathname === "/settings/two-factor" && url.searchParams.get("done") === "off", { timeout: 20_000 });
    await expect(page.locator(":focus")).toHaveText("Two-factor login is off. You were logged out everywhere else.");

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status")).toHaveText("Two-factor login is off. You were logged out everywhere else.");
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test("on a phone the key wraps only between its groups, and copies as the app takes it", async ({ page, factories }) => {
  const user = await factories.createUser();
  await page.setViewportSize({ width: 390, height: 844 });
  await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
  await page.goto("/settings/two-factor");
  await page.getByRole("button", { name: "Set up two-factor login" }).click();
  const key = page.getByTestId("two-factor-secret");
  await expect(key).toBeVisible();

  // Every run of key characters, as laid out: the groups that start on one line and end on another.
  const splitGroups = await key.evaluate((code) => {
    const split: string[] = [];
    const texts = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      for (const group of (text.textContent ?? "").matchAll(/[A-Z2-7]+/g)) {
        const range = document.createRange();
        range.setStart(text, group.index);
        range.setEnd(text, group.index + group[0].length);
        if (new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1) split.push(group[0]);
      }
    }
    return split;
  });
  expect(splitGroups).toEqual([]);

  await key.selectText();
  const copied = await page.evaluate(() => window.getSelection()?.toString() ?? "");
  expect(copied).toMatch(/^[A-Z2-7]{32}$/);
  expect(base32Decode(copied)).not.toBeNull();
});
