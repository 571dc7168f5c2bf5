import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { codeLogsIn } from "./support/two-factor";

// New two-factor recovery codes from the settings, for someone who used some or lost them.

/** Makes new recovery codes on the two-factor page, first with a wrong password; answers the codes it shows. */
async function renewRecoveryCodes(page: Page, password: string): Promise<string[]> {
  await page.goto("/settings/two-factor");
  const renew = page.getByRole("form", { name: "New recovery codes" });
  await renew.getByLabel("Your password").fill("not my password");
  await renew.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(renew.getByLabel("Your password")).toHaveAccessibleDescription("That is not your password.");
  await expect(renew.getByLabel("Your password")).toBeFocused();
  await renew.getByLabel("Your password").fill(password);
  await renew.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(page.locator(":focus")).toHaveText("New recovery codes are made. The old ones no longer work.");
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  return codes;
}

test("new recovery codes replace the old ones, with the password", async ({ browser, loggedInPage: page, user, factories }) => {
  const { recoveryCodes: old } = await factories.enableTwoFactor(user.id);
  const codes = await renewRecoveryCodes(page, factories.TEST_PASSWORD);
  expect(codes.filter((code) => old.includes(code))).toEqual([]);
  expect(await codeLogsIn(browser, user.username, factories.TEST_PASSWORD, old[0] ?? "")).toBe(false);
  expect(await codeLogsIn(browser, user.username, factories.TEST_PASSWORD, codes[0] ?? "")).toBe(true);
  await page.getByRole("link", { name: "I saved them: back to settings" }).click();
  await page.goto("/settings/two-factor");
  await expect(page.getByRole("status").filter({ hasText: "recovery codes left" })).toContainText("You have 9 unused recovery codes left.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("new recovery codes are shown in place, and the old ones stop working", async ({ browser, loggedInPage: page, user, factories }) => {
    const { recoveryCodes: old } = await factories.enableTwoFactor(user.id);
    const codes = await renewRecoveryCodes(page, factories.TEST_PASSWORD);
    expect(await codeLogsIn(browser, user.username, factories.TEST_PASSWORD, old[1] ?? "")).toBe(false);
    expect(await codeLogsIn(browser, user.username, factories.TEST_PASSWORD, codes[1] ?? "")).toBe(true);
  });
});
