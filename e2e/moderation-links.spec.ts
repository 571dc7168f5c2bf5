import { expect, logInThroughApi, test } from "./support/fixtures";

// Moderators find the report queue and the log from their settings; nobody else sees those links.

test("an admin goes from settings to the report queue and the log", async ({ page, factories }) => {
  const admin = await factories.createUser({ role: "ADMIN" });
  await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
  await page.goto("/settings");
  const moderation = page.getByRole("region", { name: "Moderation" });
  await moderation.getByRole("link", { name: "Open the report queue" }).click();
  await expect(page).toHaveURL(/\/admin\/reports$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/settings$/);
  await moderation.getByRole("link", { name: "Read the moderation log" }).click();
  await expect(page).toHaveURL(/\/admin\/log$/);
});

test("a person who is not an admin sees no moderation links in settings", async ({ loggedInPage: page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Delete account" })).toBeVisible();
  await expect(page.getByText("Moderation", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open the report queue" })).toHaveCount(0);
});
