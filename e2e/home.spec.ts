import { NEWCOMER_FOLLOWS } from "@/lib/follows/queries";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import type { Locator } from "@playwright/test";
import { expect, type Factories, submit, test } from "./support/fixtures";
import { holdFormsSentTo } from "./support/held-forms";
import { waitForHydration } from "./support/hydration";

/**
 * A home feed of a known length: the viewer follows one account with `count` posts, a minute
 * apart, "Followed post 1" the oldest. The visitor's feed grows with every other spec's posts,
 * so walking it to its end took a varying number of pages (up to 30 s on a slow machine).
 */
async function followAuthorWithPosts(factories: Factories, viewerId: string, count: number) {
  const author = await factories.createUser();
  await factories.createFollow(viewerId, author.id);
  const first = Date.now() - count * 60_000;
  for (let index = 1; index <= count; index++) {
    await factories.createPost(author.id, { text: `Followed post ${index}`, createdAt: new Date(first + index * 60_000) });
  }
}

/** How far down the page `locator` starts. */
async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("Not on the page.");
  return box.y;
}

test.describe("home page", () => {
  test("shows the seeded community's latest posts, newest first", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Latest posts" })).toBeVisible();
    await expect(page).toHaveTitle("Commons");

    // Other specs add posts to the same database meanwhile: the page shows twenty, newest first.
    const posts = page.getByRole("article");
    await expect(posts).toHaveCount(20);
    // Each card's first time is when it was posted (an edited one has a second).
    const times = await posts.evaluateAll((cards) => cards.map((card) => card.querySelector("time")?.getAttribute("datetime") ?? ""));
    expect(times).toHaveLength(20);
    expect(times).toEqual([...times].sort().reverse());
  });

  test("is titled Home for a member, as every other page names itself", async ({ loggedInPage: page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Home · Commons");
  });

  test("loads older posts while scrolling, to the end of the feed", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 45);
    await page.goto("/");
    const posts = page.getByRole("article");
    await expect(posts).toHaveCount(20);
    await expect(posts.first()).toContainText("Followed post 45");

    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(40);
    await pagination.scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(45);
    await expect(page.getByText("You’re all caught up.")).toBeVisible();
    await expect(posts.last().getByText("Followed post 1", { exact: true })).toBeVisible();
  });

  test("Enter on Older posts goes on at the first post the keyboard has not reached, in the same page", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 45);
    await page.goto("/");
    const posts = page.getByRole("article");
    await expect(posts).toHaveCount(20);
    // From the last card's last control to the link: nearing the screen, it loads the next page
    // above itself. The page is held until the keyboard is on the link; had it come first, Tab
    // would have gone on into its first card, as a reader's Tab would.
    const releaseNextPage = await holdFormsSentTo(page, "/");
    await posts.last().getByRole("button").last().focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByRole("link")).toBeFocused();
    releaseNextPage();
    await expect(posts).toHaveCount(40);
    await expect(page.getByRole("link", { name: "Older posts" })).toBeFocused();
    await expect(page.locator("#announcements")).toHaveText("20 more posts");

    await page.keyboard.press("Enter");
    await expect(posts.nth(20)).toBeFocused();
    await expect(posts.nth(20)).toContainText("Followed post 25");
    expect(new URL(page.url()).search).toBe("");
    await expect(posts).toHaveCount(40);
  });

  test("Back to the feed gives the focus back to the link the keyboard followed", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 3);
    await page.goto("/");
    const card = page.getByRole("article").filter({ has: page.getByText("Followed post 2", { exact: true }) });
    const comments = card.getByRole("link", { name: "0 comments" });
    await waitForHydration(comments);
    await comments.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/p/"));
    await page.goBack();
    await expect(comments).toBeFocused();
  });

  test("Back from a post opened deep in the feed returns to it, with the pages loaded before", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 45);
    await page.goto("/");
    const posts = page.getByRole("article");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(40);

    // On the second page, 100 px below the top of the window. The third page must not start
    // loading here, or whether it is back after Back depends on when it came: the link that
    // loads it stays beyond the feed's 600 px look-ahead below the window.
    const card = posts.filter({ has: page.getByText("Followed post 20", { exact: true }) });
    await card.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 100));
    expect(await pagination.evaluate((nav) => nav.getBoundingClientRect().top - window.innerHeight)).toBeGreaterThan(600);
    const topOf = () => card.evaluate((element) => element.getBoundingClientRect().top);
    const shownAt = await topOf();
    // What the page's live region says from here on (the layout, and so the region, stays through Back).
    await page.locator("#announcements").evaluate((region) => {
      const said: string[] = [];
      Reflect.set(window, "said", said);
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await card.locator("a:has(time)").click();
    await page.waitForURL(/\/p\//);
    await expect(page.getByRole("article").first()).toContainText("Followed post 20");

    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(posts).toHaveCount(40);
    await expect.poll(async () => Math.abs((await topOf()) - shownAt)).toBeLessThanOrEqual(1);
    // The pages brought back are not news: only the next page, read on to, is said.
    await pagination.scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(45);
    await expect.poll(() => page.evaluate(() => Reflect.get(window, "said"))).toEqual(["5 more posts"]);
  });

  test("a like and a repost far down the feed keep the reader's place and every page loaded", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 44);
    const neighbour = await factories.createUser();
    await factories.createFollow(user.id, neighbour.id);
    const top = await factories.createPost(neighbour.id, { text: "Liked by someone meanwhile" });
    await page.goto("/");
    const posts = page.getByRole("article");
    await page.getByRole("navigation", { name: "Pagination" }).scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(40);
    const card = posts.filter({ has: page.getByText("Followed post 20", { exact: true }) });
    await card.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 100));
    const topOfCard = () => card.evaluate((element) => Math.round(element.getBoundingClientRect().top));
    const topCardLikes = posts.first().getByRole("button", { name: /^Like,/ });

    // Each answer is the first page rendered again: the top card's count, liked meanwhile, says it has landed.
    for (const [button, likesMeanwhile] of [[/^Like,/, 1], [/^Repost,/, 2]] as const) {
      await factories.createLike((await factories.createUser()).id, top.id);
      await submit(page, card.getByRole("button", { name: button }));
      await expect(topCardLikes).toHaveAccessibleName(`Like, ${likesMeanwhile} ${likesMeanwhile === 1 ? "like" : "likes"}`);
      await expect(card.getByRole("button", { name: button })).toHaveAttribute("aria-pressed", "true");
      await expect(card.getByRole("button", { name: button })).toBeFocused();
      await expect(posts).toHaveCount(40);
      expect(await topOfCard()).toBe(100);
    }
    // The repost is the feed's newest entry now, and shows on top only once the feed is loaded again.
    await expect(posts.first()).toContainText("Liked by someone meanwhile");
  });

  test("deleting one's own post far down the feed takes its card away and nothing else", async ({ loggedInPage: page, user, factories }) => {
    const first = Date.now() - 45 * 60_000;
    for (let index = 1; index <= 45; index++) await factories.createPost(user.id, { text: `Own post ${index}`, createdAt: new Date(first + index * 60_000) });
    await page.goto("/");
    const posts = page.getByRole("article");
    await page.getByRole("navigation", { name: "Pagination" }).scrollIntoViewIfNeeded();
    await expect(posts).toHaveCount(40);
    const card = posts.filter({ has: page.getByText("Own post 20", { exact: true }) });
    const next = posts.filter({ has: page.getByText("Own post 19", { exact: true }) });
    await card.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 100));

    page.once("dialog", (dialog) => void dialog.accept());
    await submit(page, card.getByRole("button", { name: "Delete" }));
    await expect(card).toHaveCount(0);
    await expect(next.getByRole("link", { name: user.displayName })).toBeFocused();
    await expect(posts).toHaveCount(39);
    expect(await next.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBe(100);
  });

  test("a member who follows few people is offered more above their feed, full or not", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 25);
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(20);
    const suggestions = page.getByRole("region", { name: "Who to follow" });
    await expect(suggestions.getByRole("button", { name: /^Follow @/ }).first()).toBeVisible();
    expect(await topOf(suggestions)).toBeLessThan(await topOf(page.getByRole("article").first()));
  });

  test("following someone from the suggestions gives the keyboard to whoever takes their place", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 1);
    // Two other people who posted lately: the list has someone to put in the place of the first.
    for (const text of ["A suggestion", "Another suggestion"]) await factories.createPost((await factories.createUser()).id, { text });
    await page.goto("/");
    const follow = page.getByRole("region", { name: "Who to follow" }).getByRole("button", { name: /^Follow @/ });
    await waitForHydration(follow.first());
    const followed = page.getByRole("button", { name: (await follow.first().textContent()) ?? "", exact: true });
    await follow.first().focus();
    await page.keyboard.press("Enter");
    await expect(followed).toHaveCount(0);
    await expect(follow.first()).toBeFocused();
  });

  test("following someone from an empty feed's suggestions gives the keyboard to the suggestions above the feed that replaces it", async ({ loggedInPage: page, factories }) => {
    // Three people who posted lately: after the first is followed, the list above the feed still has someone.
    for (const text of ["First to follow", "Second to follow", "Third to follow"]) await factories.createPost((await factories.createUser()).id, { text });
    await page.goto("/");
    await expect(page.getByText("Your home feed is empty.")).toBeVisible();
    const follow = page.getByRole("region", { name: "Who to follow" }).getByRole("button", { name: /^Follow @/ });
    await waitForHydration(follow.first());
    await follow.first().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByText("Your home feed is empty.")).toHaveCount(0);
    await expect(follow.first()).toBeFocused();
  });

  test("following the fifth account from the suggestions above a full feed gives the keyboard to the feed, as the suggestions go", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 25);
    for (let followed = 2; followed < NEWCOMER_FOLLOWS; followed++) await factories.createFollow(user.id, (await factories.createUser()).id);
    await factories.createPost((await factories.createUser()).id, { text: "The fifth to follow" });
    await page.goto("/");
    const suggestions = page.getByRole("region", { name: "Who to follow" });
    const follow = suggestions.getByRole("button", { name: /^Follow @/ });
    await waitForHydration(follow.first());
    await follow.first().focus();
    await page.keyboard.press("Enter");
    await expect(suggestions).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Posts" }).locator(":focus")).toHaveCount(1);
  });

  test("a member who follows enough people is offered more below a feed that ends within its first page; a full page offers none", async ({ loggedInPage: page, user, factories }) => {
    await followAuthorWithPosts(factories, user.id, 2);
    for (let followed = 1; followed < NEWCOMER_FOLLOWS; followed++) await factories.createFollow(user.id, (await factories.createUser()).id);
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(2);
    const suggestions = page.getByRole("region", { name: "Who to follow" });
    await expect(suggestions.getByRole("listitem").first()).toBeVisible();
    await expect(suggestions.getByRole("button", { name: /^Follow @/ }).first()).toBeVisible();
    expect(await topOf(suggestions)).toBeGreaterThan(await topOf(page.getByRole("article").last()));

    await followAuthorWithPosts(factories, user.id, 25);
    await page.reload();
    await expect(page.getByRole("article")).toHaveCount(20);
    await expect(page.getByRole("heading", { name: "Who to follow" })).toHaveCount(0);
  });

  test("an empty feed's people to follow have their names in the main text colour, light and dark", async ({ loggedInPage: page, factories }) => {
    await factories.createPost((await factories.createUser()).id, { text: "Someone to follow posted lately" });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(page.getByText("Your home feed is empty.")).toBeVisible();
      const textColour = await page.locator("body").evaluate((body) => getComputedStyle(body).color);
      const name = page.getByRole("region", { name: "Who to follow" }).getByRole("listitem").first().getByRole("link").locator("bdi");
      await expect(name).toHaveCSS("color", textColour);
    }
  });

  test("on a phone, an empty feed's people to follow show a staff member's name whole beside the badge", async ({ loggedInPage: page, factories }) => {
    const staff = await factories.createUser({ displayName: "Ada Okafor", role: "ADMIN" });
    // The suggestions put who posted most lately first: more than any other test's author.
    await Promise.all(Array.from({ length: 60 }, (_, index) => factories.createPost(staff.id, { text: `Staff post ${index}` })));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await expect(page.getByText("Your home feed is empty.")).toBeVisible();
    const row = page.getByRole("region", { name: "Who to follow" }).getByRole("listitem").filter({ hasText: `@${staff.username}` });
    await expect(row.getByRole("img", { name: "Staff" })).toBeVisible();
    const name = row.getByRole("link").locator("bdi");
    await expect(name).toHaveText("Ada Okafor");
    expect(await name.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  });

  test("a notice of what was done to a post is said once: the address drops it, and a reload does not repeat it", async ({ loggedInPage: page }) => {
    await page.goto("/?post=deleted");
    await expect(page.getByRole("status")).toHaveText("Post deleted.");
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("status")).toHaveText("Post deleted.");
    await page.reload();
    await expect(page.getByPlaceholder("What’s happening?")).toBeVisible();
    await expect(page.getByText("Post deleted.")).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("pages back through older posts with a plain link", async ({ loggedInPage: page, user, factories }) => {
      await followAuthorWithPosts(factories, user.id, 45);
      await page.goto("/");
      const posts = page.getByRole("article");
      const older = page.getByRole("link", { name: "Older posts" });
      await expect(posts).toHaveCount(20);

      await older.click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(posts.first()).toContainText("Followed post 25");
      await expect(posts).toHaveCount(20);

      const from = page.url();
      await older.click();
      await page.waitForURL((url) => url.toString() !== from);
      await expect(posts).toHaveCount(5);
      await expect(posts.last().getByText("Followed post 1", { exact: true })).toBeVisible();
      await expect(older).toHaveCount(0);
      await expect(page.getByText("You’re all caught up.")).toBeVisible();
    });
  });

  test("serves seeded images as WebP from the upload pipeline", async ({ page, request }) => {
    // Kofi's profile: on the home page, other specs' newer posts may push it to a later page.
    await page.goto("/@kofi");
    const image = page.getByRole("img", { name: /Demo picture 1 by kofi/ });
    await expect(image).toBeVisible();
    const response = await request.get((await image.getAttribute("src"))!);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).subarray(8, 12).toString("ascii")).toBe("WEBP");
  });

  test("has no accessibility violations in the light and the dark theme", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolationsLightAndDark(page);
  });

  test("answers unknown pages with a 404 page", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
