import type { Browser, Page } from "@playwright/test";
import { TEST_PASSWORD } from "@/test/factories";
import { expect, formsSentByReloadingTwice, logInThroughApi, submit, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";

// The theme switch at the foot of every page: system, light or dark, kept on
// the account of a signed-in person and in a cookie for anyone else, and
// rendered by the server (the class on <html>), so a page never starts in the wrong theme.

const WHITE = "rgb(255, 255, 255)";
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Presses a theme's button and waits for the page to be rendered in it. Used
 * on pages without a feed, whose own requests would answer submit()'s wait.
 */
async function chooseTheme(page: Page, theme: "System" | "Light" | "Dark") {
  await submit(page, page.getByRole("group", { name: "Theme" }).getByRole("button", { name: theme }));
  const html = page.locator("html");
  if (theme === "System") await expect(html).not.toHaveAttribute("class");
  else await expect(html).toHaveClass(theme.toLowerCase());
  await expect(page.getByRole("button", { name: theme, pressed: true })).toBeVisible();
}

/** The class on <html> in the server's HTML, before any script runs. */
async function servedThemeClass(page: Page, path = "/"): Promise<string | null> {
  const html = await (await page.request.get(path)).text();
  return /<html[^>]*\sclass="([^"]*)"/.exec(html)?.[1] ?? null;
}

async function signedInPage(browser: Browser, username: string, colorScheme: "light" | "dark" = "light") {
  const page = await (await browser.newContext({ colorScheme })).newPage();
  await logInThroughApi(page, username, TEST_PASSWORD);
  return page;
}

test("a visitor's theme is kept in their browser and rendered by the server", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/search");
  await expect(page.getByRole("button", { name: "System", pressed: true })).toBeVisible();
  expect(await background(page)).toBe(WHITE);

  await chooseTheme(page, "Dark");
  expect(await background(page)).not.toBe(WHITE);
  expect(await servedThemeClass(page, "/explore")).toBe("dark");
  expect(await servedThemeClass(page, "/login")).toBe("dark");

  await page.reload();
  await expect(page.getByRole("button", { name: "Dark", pressed: true })).toBeVisible();
  expect(await background(page)).not.toBe(WHITE);

  // "System" follows the device again.
  await chooseTheme(page, "System");
  expect(await servedThemeClass(page)).toBeNull();
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background(page)).not.toBe(WHITE);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).toBe(WHITE);
});

test("each person's theme follows them to any browser, whatever a visitor chose there", async ({ browser, factories }) => {
  const [night, day] = await Promise.all([factories.createUser(), factories.createUser()]);
  const nightPage = await signedInPage(browser, night.username);
  await nightPage.goto("/search");
  await chooseTheme(nightPage, "Dark");

  // Another person on another browser is unaffected, and chooses light on a dark device.
  const dayPage = await signedInPage(browser, day.username, "dark");
  await dayPage.goto("/search");
  await expect(dayPage.getByRole("button", { name: "System", pressed: true })).toBeVisible();
  await chooseTheme(dayPage, "Light");
  expect(await background(dayPage)).toBe(WHITE);

  // A fresh browser where a visitor had chosen light: signing in brings the person's dark theme.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/search");
  await chooseTheme(visitor, "Light");
  await logInThroughApi(visitor, night.username, TEST_PASSWORD);
  expect(await servedThemeClass(visitor)).toBe("dark");
  await visitor.goto("/");
  await expect(visitor.getByRole("button", { name: "Dark", pressed: true })).toBeVisible();

  await nightPage.reload();
  expect(await servedThemeClass(nightPage)).toBe("dark");
  await dayPage.reload();
  expect(await servedThemeClass(dayPage)).toBe("light");
});

test("the browser's bar colour (theme-color) follows the device, or the theme chosen", async ({ page }) => {
  const themeColors = () =>
    page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((meta) => `${meta.getAttribute("media") ?? "always"}: ${meta.getAttribute("content")}`));
  await page.goto("/search");
  expect(await themeColors()).toEqual(["(prefers-color-scheme: light): #ffffff", "(prefers-color-scheme: dark): #09090b"]);

  await chooseTheme(page, "Dark");
  await page.reload();
  expect(await themeColors()).toEqual(["always: #09090b"]);
  await chooseTheme(page, "Light");
  await page.reload();
  expect(await themeColors()).toEqual(["always: #ffffff"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the theme switch still works", async ({ page }) => {
    await page.goto("/explore");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.getByRole("button", { name: "Dark", pressed: true })).toBeVisible();
    await page.goto("/explore");
    await expect(page.locator("html")).toHaveClass("dark");
  });

  test("the switch leads back to the page afresh, so reloading it sends nothing again", async ({ page }) => {
    await page.goto("/explore");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.getByRole("button", { name: "Dark", pressed: true })).toBeVisible();
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.locator("html")).toHaveClass("dark");
  });
});

// The other specs check their pages in the device's light and dark at both widths. Here each
// theme is chosen against the device's own setting, so every colour comes from the chosen
// theme's class: a rule that followed the device instead would show.
const chosenAgainstDevice = [
  { theme: "Dark", device: "light", width: 390 },
  { theme: "Light", device: "dark", width: 1280 },
] as const;

for (const { theme, device, width } of chosenAgainstDevice) {
  test(`pages have no accessibility violations in the chosen ${theme} theme on a ${device} device at ${width} px`, async ({
    loggedInPage: page,
  }) => {
    await page.emulateMedia({ colorScheme: device });
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/settings");
    await chooseTheme(page, theme);
    for (const path of ["/settings", "/explore", "/compose"]) {
      if (path !== "/settings") await page.goto(path);
      await expectNoAxeViolations(page, { label: path });
    }
  });
}
