import { expect, test } from "./support/fixtures";
import { waitForHydration } from "./support/hydration";

// A card is five links or more: its author, its time, its comments, quoting it. Prefetched as
// they came into view, one reader scrolling six screens of home cost the server some 170 page
// renders. Now a card's link is prefetched when the reader points at it (components/ui/intent-link.tsx).

test("a card's links are prefetched when the reader points at them, not when they come into view", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  await factories.createFollow(user.id, author.id);
  const post = await factories.createPost(author.id, { text: "Prefetched on intent" });
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || headers["next-router-segment-prefetch"]) prefetched.push(new URL(request.url()).pathname);
  });

  await page.goto("/");
  const time = page.getByRole("article", { name: `Post by ${author.displayName}` }).locator(`a[href="/p/${post.id}"]`);
  await waitForHydration(time);
  // The header's few links are still prefetched on sight: once they are, the page has prefetched what it will.
  await expect.poll(() => prefetched.includes("/explore")).toBe(true);
  await page.waitForLoadState("networkidle");
  // The reader's own profile is in the header and the tab bar; every other profile, post or quote link is a card's.
  const cardLinks = (paths: string[]) =>
    paths.filter((path) => path.startsWith("/p/") || (path.startsWith("/@") && path !== `/@${user.username}`) || path === "/compose");
  expect(cardLinks(prefetched)).toEqual([]);

  await time.hover();
  await expect.poll(() => cardLinks(prefetched)).toContain(`/p/${post.id}`);
  // A client-side navigation keeps this document: what the page was given before the click is still there after it.
  await page.evaluate(() => Object.assign(window, { givenBeforeClick: true }));
  await time.click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(page.getByText("Prefetched on intent", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => "givenBeforeClick" in window)).toBe(true);
});
