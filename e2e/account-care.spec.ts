import sharp from "sharp";
import { expect, formsSentByReloadingTwice, submit, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// The finishing touches of issue #13 on accounts: links in bios, a password
// change that changes nothing is refused, and deleting an account says
// goodbye and keeps the username from being taken over.

const NEW_PASSWORD = "sunny garden path 42";

test("links and @names in a bio are links; other schemes stay text", async ({ loggedInPage: page, user }) => {
  await page.goto("/settings");
  await page.getByLabel("Bio").fill("Photos: https://example.com/gallery. Hi @ADA! javascript:alert(1)");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.goto(`/@${user.username}`);
  const profile = page.getByRole("region", { name: "Profile" });
  // Shown without its scheme ("example.com/gallery"), which stays in the page for copying.
  const address = profile.locator('a[href="https://example.com/gallery"]');
  await expect(address).toHaveText("https://example.com/gallery");
  await expect(address).toBeVisible();
  await expect(address).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
  // A screen reader hears the address as shown, not its hidden scheme apart ("https:// example.com").
  await expect(address).toHaveAccessibleName("example.com/gallery");
  await expect(profile.getByText("javascript:alert(1)")).toBeVisible();
  await expect(profile.getByRole("link", { name: /javascript/ })).toHaveCount(0);

  await expect(profile.getByRole("link", { name: "@ADA" })).toHaveAttribute("href", "/@ada");
  await expectNoAxeViolationsLightAndDark(page);
  await profile.getByRole("link", { name: "@ADA" }).click();
  await expect(page).toHaveURL("/@ada");
  await expect(page.getByRole("heading", { name: "Ada Okafor" })).toBeVisible();
});

test("changing the password to the current one is refused on its field", async ({ loggedInPage: page, factories }) => {
  await page.goto("/settings");
  await page.getByLabel("Current password").fill(factories.TEST_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(factories.TEST_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(factories.TEST_PASSWORD);
  await submit(page, "Change password");
  await expect(page.getByText("That is your current password. Choose a new one.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/That is your current password/);

  await page.getByLabel("Current password").fill(factories.TEST_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await submit(page, "Change password");
  await expect(page.getByText("Password changed.")).toBeVisible();
});

test("a form's success message goes once that form is changed again or another form is sent", async ({ loggedInPage: page, factories }) => {
  await page.goto("/settings");
  await page.getByLabel("Current password").fill(factories.TEST_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await submit(page, "Change password");
  const passwordChanged = page.getByText("Password changed.");
  await expect(passwordChanged).toBeVisible();

  await page.getByLabel("Display name").fill("Robin Renamed");
  await submit(page, "Save profile");
  const profileSaved = page.getByText("Profile saved.");
  await expect(profileSaved).toBeVisible();
  await expect(passwordChanged).toHaveCount(0);

  await page.getByLabel("Bio").fill("Grows chillies on a balcony.");
  await expect(profileSaved).toHaveCount(0);

  // The picture's two forms share one message, which goes the same way.
  const picture = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#16a34a" } }).jpeg().toBuffer();
  await page.getByLabel("New picture").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: picture });
  await submit(page, "Upload picture");
  const pictureUpdated = page.getByText("Picture updated.");
  await expect(pictureUpdated).toBeVisible();
  // Its message takes the focus from the button, disabled while sending (or gone, for Remove).
  await expect(page.locator(":focus")).toHaveText("Picture updated.");
  await page.getByLabel("New picture").setInputFiles({ name: "me-too.jpg", mimeType: "image/jpeg", buffer: picture });
  await expect(pictureUpdated).toHaveCount(0);
  await submit(page, "Remove picture");
  await expect(page.locator(":focus")).toHaveText("Picture removed.");
});

test("after a form is saved, focus goes to what it says and the keyboard goes on from there", async ({ loggedInPage: page }) => {
  await page.goto("/settings");
  await page.getByLabel("Display name").fill("Robin Renamed");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator(":focus")).toHaveText("Profile saved.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Display name")).toBeFocused();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`deleting an account ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("ends on a farewell message", async ({ loggedInPage: page, factories }) => {
      await page.goto("/settings");
      await page.getByRole("button", { name: "Delete my account…" }).click();
      // A GET form with no fields may leave a bare "?" at the end of the address.
      if (!javaScriptEnabled) await expect(page).toHaveURL(/\/settings\/delete-account\??$/);
      // A wrong password brings the cursor back to the field, which reads out why.
      await page.getByLabel("Your password, to confirm").fill("not my password");
      await page.getByRole("button", { name: "Delete my account", exact: true }).click();
      await expect(page.getByLabel("Your password, to confirm")).toBeFocused();
      await expect(page.getByLabel("Your password, to confirm")).toHaveAccessibleDescription("That is not your password.");
      await page.getByLabel("Your password, to confirm").fill(factories.TEST_PASSWORD);
      await page.getByRole("button", { name: "Delete my account", exact: true }).click();

      // Checking the password (argon2) and deleting everything takes a moment.
      await expect(page).toHaveURL("/?farewell=1", { timeout: 20_000 });
      await expect(page.getByRole("status").filter({ hasText: "Your account has been deleted" })).toBeVisible();
      await expect(page.getByText("Your username stays reserved")).toBeVisible();
      await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
      // axe runs its script in the page: only where JavaScript is on.
      for (const colorScheme of javaScriptEnabled ? (["light", "dark"] as const) : []) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
    });
  });
}

test.describe("the settings' forms without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a saved profile leads to the settings afresh, which say so, focused: reloading them saves nothing again", async ({ loggedInPage: page, user }) => {
    await page.goto("/settings");
    await page.getByLabel("Display name").fill("Robin Once");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL((url) => url.pathname === "/settings" && url.searchParams.get("saved") === "profile");
    await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
    // As on the page that answered it before: the message takes the focus, and the keyboard goes on from there.
    await expect(page.locator(":focus")).toHaveText("Profile saved.");

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
    await expect(page.getByLabel("Display name")).toHaveValue("Robin Once");
    const { db } = await import("@/lib/db");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("Robin Once");
  });

  test("a form refused after another was saved says only its refusal, not the other's success again", async ({ loggedInPage: page }) => {
    await page.goto("/settings");
    await page.getByLabel("Display name").fill("Robin Twice");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL((url) => url.searchParams.get("saved") === "profile");
    await expect(page.getByText("Profile saved.")).toBeVisible();

    await page.getByLabel("Current password").fill("not my password at all");
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await expect(page.getByText("Profile saved.")).toHaveCount(0);
    await expect(page.getByLabel("Display name")).toHaveValue("Robin Twice");
  });

  test("a changed password leads to the settings afresh, still logged in, and reloading them sends nothing again", async ({ loggedInPage: page, factories }) => {
    await page.goto("/settings");
    await page.getByLabel("Current password").fill(factories.TEST_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    // Checking the password (argon2) and hashing the new one take a moment.
    await page.waitForURL((url) => url.pathname === "/settings" && url.searchParams.get("saved") === "password", { timeout: 20_000 });
    await expect(page.getByRole("status").filter({ hasText: "Password changed. You were logged out everywhere else." })).toBeVisible();

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Password changed. You were logged out everywhere else." })).toBeVisible();
  });

  test("an uploaded and a removed picture each lead to the settings afresh, which say so, and reloading sends nothing again", async ({ loggedInPage: page }) => {
    const picture = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#16a34a" } }).jpeg().toBuffer();
    await page.goto("/settings");
    await page.getByLabel("New picture").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: picture });
    await page.getByRole("button", { name: "Upload picture" }).click();
    await page.waitForURL((url) => url.searchParams.get("saved") === "picture");
    await expect(page.getByRole("status").filter({ hasText: "Picture updated." })).toBeVisible();
    await expect(page.locator(":focus")).toHaveText("Picture updated.");
    expect(await formsSentByReloadingTwice(page)).toBe(0);

    await page.getByRole("button", { name: "Remove picture" }).click();
    await page.waitForURL((url) => url.searchParams.get("saved") === "picture-removed");
    await expect(page.getByRole("status").filter({ hasText: "Picture removed." })).toBeVisible();
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status").filter({ hasText: "Picture removed." })).toBeVisible();
  });

  test("a new email address leads to the settings afresh, which say where the link went, and reloading mails nothing again", async ({ loggedInPage: page, user, factories }) => {
    const address = `${uniqueWord("moved")}@example.com`;
    await page.goto("/settings");
    await page.getByLabel("New email").fill(address);
    await page.getByLabel("Your password").fill(factories.TEST_PASSWORD);
    await page.getByRole("button", { name: "Change email" }).click();
    await page.waitForURL((url) => url.searchParams.get("saved") === "email", { timeout: 20_000 });
    const said = `Open the link we sent to ${address} to confirm it. Until then, mail still goes to ${user.email}.`;
    await expect(page.locator(":focus")).toHaveText(said);

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status").filter({ hasText: said })).toBeVisible();
    const { db } = await import("@/lib/db");
    expect(await db.emailOutbox.count({ where: { recipient: address } })).toBe(1);
  });
});

// Apart from the deletion above, which takes most of a CI machine's 30 s with its password check and axe runs.
test("nobody can sign up with a deleted account's username, in any case", async ({ page, factories }) => {
  const user = await factories.createUser();
  await factories.deleteUser(user.id);

  await page.goto("/signup");
  await page.getByLabel("Username").fill(user.username.toUpperCase());
  await page.getByLabel("Email").fill(`new_${user.username}@example.com`);
  await page.getByLabel("Display name").fill("Someone Else");
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This username belonged to an account that was deleted, and stays reserved.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveAccessibleDescription(/stays reserved/);
  expect((await page.goto(`/@${user.username}`))?.status()).toBe(404);
});

