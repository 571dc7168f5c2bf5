import type { Locator, Page } from "@playwright/test";
import { expect, loggedInBrowser, submit, test } from "./support/fixtures";
import { waitForHydration } from "./support/hydration";

// The site's navigation at a phone's width (a compact header and a tab bar at
// the bottom) and at a desktop's (one header), and the progress bar shown
// while a navigation is under way.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function expectNoSidewaysScrolling(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}

/** Fully on screen, on one line of text, and not covered by anything (such as the tab bar). */
async function expectFullyShown(page: Page, target: Locator) {
  await expect(target).toBeInViewport({ ratio: 1 });
  const box = (await target.boundingBox())!;
  expect(box.height).toBeLessThan(48);
  const onTop = () =>
    target.evaluate((element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(left + width / 2, top + height / 2));
    });
  await expect.poll(onTop).toBe(true);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a visitor sees log in, sign up and the sections, with the current one marked", async ({ page }) => {
    await page.goto("/");
    await expectFullyShown(page, page.getByRole("link", { name: "Log in" }));
    await expectFullyShown(page, page.getByRole("link", { name: "Sign up" }));
    await expectNoSidewaysScrolling(page);

    const nav = mainNav(page);
    await expect(nav).toBeInViewport({ ratio: 1 });
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Explore" }).click();
    await expect(page.getByRole("heading", { name: "Explore" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Explore" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current");
  });

  test("a member reaches their profile, settings, bookmarks and the composer, and logs out", async ({ loggedInPage: page, user }) => {
    await page.goto("/explore");
    await expectNoSidewaysScrolling(page);
    const nav = mainNav(page);

    await nav.getByRole("link", { name: "Profile" }).click();
    await expect(page).toHaveURL(`/@${user.username}`);
    await expect(page.getByRole("heading", { name: user.displayName })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");

    // On a phone, Settings and Bookmarks are icons alone: each must be there to be seen.
    for (const name of ["Settings", "Bookmarks"]) await expect(page.getByRole("link", { name }).locator("[aria-hidden=true]")).toBeVisible();
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");

    await page.getByRole("link", { name: "Bookmarks" }).click();
    await expect(page.getByRole("heading", { name: "Bookmarks" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bookmarks" })).toHaveAttribute("aria-current", "page");

    await nav.getByRole("link", { name: "New post" }).click();
    await expect(page.getByRole("heading", { name: "New post" })).toBeVisible();
    const text = `Posted from the tab bar ${Date.now()}`;
    await page.getByLabel("What’s happening?").fill(text);
    await page.getByRole("button", { name: "Post", exact: true }).click();
    // The composer's page leads to the home feed, with the post in it.
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("article").filter({ hasText: text })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");

    await expectFullyShown(page, page.getByRole("button", { name: "Log out" }));
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Profile" })).toHaveCount(0);
  });

  test("the tab bar is reached with the keyboard and never covers the end of a page", async ({ loggedInPage: page, user }) => {
    await page.goto("/search");
    const profile = mainNav(page).getByRole("link", { name: "Profile" });
    for (let presses = 0; presses < 30 && !(await profile.evaluate((link) => link === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(profile).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/@${user.username}`);

    // The end of a long page, as far as it scrolls (one without a feed, which would load more posts there).
    await page.goto("/settings");
    const dark = page.getByRole("button", { name: "Dark" });
    await expect
      .poll(() => page.evaluate(() => (window.scrollTo(0, document.documentElement.scrollHeight), window.scrollY)))
      .toBeGreaterThan(0);
    await expectFullyShown(page, dark);
    // A control reached with the keyboard is scrolled clear of the tab bar.
    await page.evaluate(() => window.scrollTo(0, 0));
    await dark.focus();
    await expectFullyShown(page, dark);
  });

  test("a name, a muted word and a search wider than the phone break rather than scroll the page sideways", async ({ loggedInPage: page, factories }) => {
    const wide = await factories.createUser({ displayName: "W".repeat(50) });
    await factories.createPost(wide.id, { text: "Posted under a very wide name" });
    const word = "x".repeat(100);
    await page.goto("/settings/safety");
    await page.getByLabel("Word or phrase").fill(word);
    await submit(page, "Mute word");
    await expect(page.getByRole("button", { name: `Remove muted word “${word}”` })).toBeInViewport();

    for (const path of ["/settings/safety", `/@${wide.username}`, `/@${wide.username}/followers`, "/explore", `/search?q=${"y".repeat(150)}`]) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await expectNoSidewaysScrolling(page);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the tab bar works and marks the current page", async ({ loggedInPage: page, user }) => {
      await page.goto("/");
      const nav = mainNav(page);
      await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
      await nav.getByRole("link", { name: "Search" }).click();
      await expect(page).toHaveURL("/search");
      await expect(nav.getByRole("link", { name: "Search" })).toHaveAttribute("aria-current", "page");
      await nav.getByRole("link", { name: "Profile" }).click();
      await expect(page).toHaveURL(`/@${user.username}`);
      await expect(nav.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
    });
  });
});

test("just above a phone's width, the header still shows the profile picture, and fits", async ({ loggedInPage: page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto("/");
  const profile = page.getByRole("banner").getByRole("link", { name: "Your profile" });
  await expect(profile).toBeInViewport({ ratio: 1 });
  expect((await profile.boundingBox())?.width).toBeGreaterThanOrEqual(32);
  await expectNoSidewaysScrolling(page);
});

test("an admin reaches the moderation queue from the header, which counts what waits in it; a member has no such link", async ({ browser, loggedInPage: page, factories }) => {
  const [admin, author, reporter] = await Promise.all([factories.createUser({ role: "ADMIN" }), factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id);
  await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id });
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Your profile" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Moderation/ })).toHaveCount(0);

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  const moderation = adminPage.getByRole("banner").getByRole("link", { name: /^(\d+|99\+) open reports? Moderation$/ });
  for (const width of [390, 640, 1280]) {
    await adminPage.setViewportSize({ width, height: 800 });
    await adminPage.goto("/");
    await expect(moderation).toBeInViewport({ ratio: 1 });
    // In the header's one row, beside the site's name.
    const middle = async (link: Locator) => {
      const box = (await link.boundingBox())!;
      return box.y + box.height / 2;
    };
    expect(Math.abs((await middle(moderation)) - (await middle(adminPage.getByRole("banner").getByRole("link", { name: "Commons" }))))).toBeLessThan(8);
    await expect(adminPage.getByRole("banner").getByRole("link", { name: "Your profile" }).or(adminPage.getByRole("navigation").getByRole("link", { name: "Profile" }))).toBeVisible();
    await expectNoSidewaysScrolling(adminPage);
  }
  await moderation.click();
  await adminPage.waitForURL("/admin/reports");
  await expect(adminPage.getByRole("heading", { name: "Reports" })).toBeVisible();
});

test("text enlarged to 200 % wraps the header rather than widening the page, on a desktop and at 640 px", async ({ loggedInPage: page }) => {
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await page.addStyleTag({ content: "html { font-size: 200% }" });
    await expect(page.getByRole("banner").getByRole("link", { name: "Your profile" })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScrolling(page);
  }
});

test("in forced colours, only the current tab and the chosen theme are marked", async ({ loggedInPage: page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/notifications");
  const tab = (name: string) => page.getByRole("navigation", { name: "Notification filters" }).getByRole("link", { name });
  const underline = (link: Locator) => link.evaluate((element) => getComputedStyle(element).borderBottomColor);
  expect(await underline(tab("All"))).not.toBe(await underline(tab("Mentions")));
  const theme = (name: string) => page.getByRole("button", { name, exact: true });
  const border = (button: Locator) => button.evaluate((element) => getComputedStyle(element).borderTopColor);
  expect(await border(theme("System"))).not.toBe(await border(theme("Dark")));
});

test.describe("on a desktop", () => {
  test.use({ viewport: DESKTOP });

  test("one header holds the sections and the account, the current page marked and styled", async ({ loggedInPage: page, user }) => {
    await page.goto("/");
    const nav = mainNav(page);
    await expect(nav).toHaveCount(1);
    await expect(nav.getByRole("link", { name: "Profile" })).toHaveCount(0);
    const home = nav.getByRole("link", { name: "Home" });
    const explore = nav.getByRole("link", { name: "Explore" });
    await expect(home).toHaveAttribute("aria-current", "page");
    await expect(explore).not.toHaveAttribute("aria-current");
    const look = (link: Locator) => link.evaluate((element) => getComputedStyle(element).fontWeight);
    expect(await look(home)).not.toBe(await look(explore));

    await explore.click();
    await expect(explore).toHaveAttribute("aria-current", "page");
    await expect(home).not.toHaveAttribute("aria-current");
    await nav.getByRole("link", { name: "Search" }).click();
    await expect(nav.getByRole("link", { name: "Search" })).toHaveAttribute("aria-current", "page");

    await page.getByRole("link", { name: "Your profile" }).click();
    await expect(page).toHaveURL(`/@${user.username}`);
    await expect(page.getByRole("link", { name: "Your profile" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current=page]")).toHaveCount(0);
  });

  test("a slow navigation shows a progress bar until the new page is there", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(mainNav(page).getByRole("link", { name: "Explore" }));
    let releaseExplore = () => {};
    const exploreHeld = new Promise<void>((resolve) => (releaseExplore = resolve));
    await page.route(/\/explore(\?|$)/, async (route) => {
      await exploreHeld;
      await route.continue();
    });

    await mainNav(page).getByRole("link", { name: "Explore" }).click();
    const progress = page.getByRole("progressbar", { name: "Loading page" });
    await expect(progress).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest posts" })).toBeVisible();
    releaseExplore();
    await expect(page.getByRole("heading", { name: "Explore" })).toBeVisible();
    await expect(progress).toHaveCount(0);
  });

  test("searching from the search form shows the progress bar too", async ({ page }) => {
    await page.goto("/search");
    await waitForHydration(mainNav(page).getByRole("link", { name: "Explore" }));
    let releaseSearch = () => {};
    const searchHeld = new Promise<void>((resolve) => (releaseSearch = resolve));
    await page.route(/\/search\?q=/, async (route) => {
      await searchHeld;
      await route.continue();
    });
    await page.getByLabel("Search people and posts").fill("ada");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("progressbar", { name: "Loading page" })).toBeVisible();
    releaseSearch();
    await expect(page).toHaveURL(/q=ada/);
    await expect(page.getByRole("progressbar", { name: "Loading page" })).toHaveCount(0);
  });
});

test("the progress bar stays away from what opens on the page: the image viewer, a reply form, a question", async ({ loggedInPage: page, user, factories }) => {
  const other = await factories.createUser();
  const post = await factories.createPost(user.id, { images: [{ width: 800, height: 600, alt: "A view" }] });
  await factories.createComment(post.id, other.id, { text: "A comment to answer" });
  await page.goto(`/p/${post.id}`);
  const progress = page.getByRole("progressbar", { name: "Loading page" });
  const image = page.getByRole("link", { name: "A view" });
  await waitForHydration(image);

  await image.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(progress).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(progress).toHaveCount(0);

  await page.getByRole("link", { name: `Reply to ${other.displayName}` }).click();
  await expect(page.getByRole("button", { name: "Reply", exact: true })).toBeVisible();
  await expect(progress).toHaveCount(0);

  // Playwright dismisses the question: the post stays, and nothing is on its way.
  await page.getByRole("article").first().getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("article").first().getByRole("button", { name: "Delete" })).toBeVisible();
  await expect(progress).toHaveCount(0);
});

test("logging out says it is working while it does", async ({ loggedInPage: page }) => {
  await page.goto("/settings");
  let releaseLogOut = () => {};
  const logOutHeld = new Promise<void>((resolve) => (releaseLogOut = resolve));
  await page.route("**/settings", async (route) => {
    if (route.request().method() === "POST") await logOutHeld;
    await route.continue();
  });
  const answered = submit(page, "Log out");
  await expect(page.getByRole("button", { name: "Logging out…" })).toBeDisabled();
  releaseLogOut();
  await answered;
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});

// Chrome asks for /favicon.ico by itself when a page shows no icon for a moment, as during a
// navigation in the page that ends in a redirect: going Back to Settings after deleting the
// account (to the login page) logged a 404 for it.
test("the address browsers ask for an icon by themselves answers with the site's icon", async ({ request }) => {
  const [icon, favicon] = await Promise.all([request.get("/icon.svg"), request.get("/favicon.ico")]);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe(icon.headers()["content-type"]);
  expect(await favicon.body()).toEqual(await icon.body());
});
