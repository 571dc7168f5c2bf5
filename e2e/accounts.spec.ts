import { db } from "@/lib/db";
import { expect, submit, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";

function newIdentity() {
  const suffix = Math.random().toString(36).slice(2, 8);
  return { username: `e2e_${suffix}`, email: `e2e_${suffix}@example.com`, password: "sunny garden path 42" };
}

test("a newcomer signs up, logs out and logs back in", async ({ page }) => {
  const identity = newIdentity();
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();

  await page.getByLabel("Username").fill(identity.username);
  await page.getByLabel("Email").fill(identity.email);
  await page.getByLabel("Display name").fill("Erin Example");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(identity.username);
  await expect(page.getByLabel("Password")).toBeFocused();

  await page.getByLabel("Password").fill(identity.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");
  await page.getByRole("link", { name: "Your profile" }).click();
  await expect(page).toHaveURL(`/@${identity.username}`);
  await expect(page.getByRole("heading", { name: "Erin Example" })).toBeVisible();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  await page.getByRole("link", { name: "Log in" }).click();
  await page.getByLabel("Username or email").fill(identity.email.toUpperCase());
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Wrong username, email or password.")).toBeVisible();
  await page.getByLabel("Password").fill(identity.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("a refused sign-up puts the cursor in the first field it names", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Username").fill("a!");
  await page.getByLabel("Email").fill("not an address");
  await page.getByLabel("Display name").fill("Erin Example");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Username")).toBeFocused();
});

test("a password pasted past the limit is refused with the limit, not cut to it without a word", async ({ page }) => {
  const identity = newIdentity();
  await page.goto("/signup");
  await page.getByLabel("Username").fill(identity.username);
  await page.getByLabel("Email").fill(identity.email);
  await page.getByLabel("Display name").fill("Erin Example");
  await page.getByLabel("Password").fill("correct horse battery staple ".repeat(8));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at most 128 characters.")).toBeVisible();
  expect(await db.user.count({ where: { username: identity.username } })).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up, log-in and log-out forms still work", async ({ page }) => {
    const identity = newIdentity();
    await page.goto("/signup");
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Email").fill(identity.email);
    await page.getByLabel("Display name").fill("No Script");
    await page.getByLabel("Password").fill(identity.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This username is reserved.")).toBeVisible();
    await expect(page.getByLabel("Username")).toBeFocused();

    await page.getByLabel("Username").fill(identity.username);
    await page.getByLabel("Password").fill(identity.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
    await page.goto("/settings");
    await expect(page).toHaveURL("/login?callbackUrl=%2Fsettings");
  });
});

test("pages that need a session send visitors to log in and back", async ({ page, user, factories }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL("/login?callbackUrl=%2Fsettings");
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password").fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("a visitor sent to log in who signs up instead comes back to the page too", async ({ page, user }) => {
  const identity = newIdentity();
  await page.goto(`/@${user.username}`);
  await page.getByRole("link", { name: "Log in to follow" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  // The login page has a "Username or email" field too: typing before the sign-up page is shown typed there.
  await expect(page.getByRole("heading", { name: "Join Commons" })).toBeVisible();
  await page.getByLabel("Username", { exact: true }).fill(identity.username);
  await page.getByLabel("Email").fill(identity.email);
  await page.getByLabel("Display name").fill("Erin Example");
  await page.getByLabel("Password").fill(identity.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`/@${user.username}`);
  await expect(page.getByRole("button", { name: "Follow" })).toBeVisible();
});

test("five failed logins lock this browser's address out of the account for a while", async ({ page, user, factories }) => {
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password").fill(`not it ${attempt}`);
    // The message is the same after every attempt: wait for each answer before the next try.
    await submit(page, "Log in");
    await expect(page.getByText("Wrong username, email or password.")).toBeVisible();
    // React clears the form once it has the answer; typing before that would be wiped.
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await page.getByLabel("Password").fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Too many attempts. Try again in 15 minutes.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});

test("sign-up and login pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/signup", "/login"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, { label: path });
  }
});

test("logging out ends the session on the server, so a copy of its cookie opens nothing", async ({ browser, loggedInPage: page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  const copiedCookies = await page.context().cookies();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(copiedCookies);
  const copy = await elsewhere.newPage();
  await copy.goto("/settings");
  await expect(copy).toHaveURL("/login?callbackUrl=%2Fsettings");
  const session = await copy.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"] ?? "").not.toMatch(/commons\.session=[^;]/);
  await elsewhere.close();
});

test("the login page sends a signed-in user only to paths of this site", async ({ loggedInPage: page }) => {
  // As the probe sent them: raw in the query string, and encoded.
  const hostile = ["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x", encodeURIComponent("/%2e//evil.example/x")];
  for (const callbackUrl of hostile) {
    const response = await page.request.get(`/login?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(307);
    expect(response.headers().location, callbackUrl).toBe("/");
  }
  const safe = await page.request.get(`/login?callbackUrl=${encodeURIComponent("/settings")}`, { maxRedirects: 0 });
  expect(safe.headers().location).toBe("/settings");
});

// After a refused login or sign-up the form is drawn anew: the focus goes to the first field to
// fix, else to what the form says, never to the top of the page.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`refusals keep the keyboard in the form ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a refused login focuses the field to fill, then the emptied password box, which reads out a wrong password", async ({ page, user }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page.getByText("Enter your username or email.")).toBeVisible();
      await expect(page.getByLabel("Username or email")).toBeFocused();

      await page.getByLabel("Username or email").fill(user.username);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page.getByLabel("Password")).toBeFocused();
      await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Wrong username, email or password.");
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByLabel("Username or email")).toHaveValue(user.username);
    });

    test("a sign-up refused for its email reads out why and keeps what was typed", async ({ page, user }) => {
      const identity = newIdentity();
      await page.goto("/signup");
      await page.getByLabel("Username").fill(identity.username);
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Display name").fill("Erin Example");
      await page.getByLabel("Password").fill(identity.password);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.locator(":focus")).toHaveText(/^We could not create an account with these details\./);
      await expect(page.getByLabel("Username")).toHaveValue(identity.username);
    });
  });
}
