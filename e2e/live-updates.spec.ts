import type { Page } from "@playwright/test";
import { expect, loggedInBrowser, submit, test } from "./support/fixtures";

// Live updates: what one browser does shows in the other's open page without a reload
// (server-sent events, signalled through PostgreSQL's LISTEN/NOTIFY).

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /Notifications$/ });

/** Marks the loaded document, so the test can tell it was never reloaded. */
async function markDocument(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute("data-not-reloaded", ""));
}
const notReloaded = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-not-reloaded", "");

test("a like from another browser counts the bell up without a reload", async ({ browser, loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Live like" });
  const liker = await factories.createUser();
  const other = await loggedInBrowser(browser, liker.username, factories.TEST_PASSWORD);
  await page.goto("/search");
  await markDocument(page);
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  await other.goto(`/p/${post.id}`);
  await submit(other, other.getByRole("button", { name: /^Like, 0 likes/ }));
  await expect(bell(page)).toHaveAccessibleName("1 unread Notifications");
  await notReloaded(page);
});

test("a follow from another browser counts the bell up without a reload", async ({ browser, loggedInPage: page, user, factories }) => {
  const follower = await factories.createUser();
  const other = await loggedInBrowser(browser, follower.username, factories.TEST_PASSWORD);
  await page.goto("/search");
  await markDocument(page);

  await other.goto(`/@${user.username}`);
  await submit(other, other.getByRole("region", { name: "Profile" }).getByRole("button", { name: `Follow @${user.username}` }));
  await expect(bell(page)).toHaveAccessibleName("1 unread Notifications");
  await notReloaded(page);
});

test("the open notifications page shows a new line as it comes", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Watched live" });
  const fan = await factories.createUser({ displayName: "Live Fan" });
  await page.goto("/notifications");
  await markDocument(page);
  await expect(page.getByText("Nothing yet.", { exact: false })).toBeVisible();

  await factories.createLike(fan.id, post.id);
  await expect(page.getByRole("list", { name: "Notifications" }).getByRole("listitem")).toHaveText([/Live Fan liked your post.*Watched live/]);
  await notReloaded(page);
});

/** Says the page is out of view, or back in view, as the browser does when another tab comes to the front. */
async function setVisibility(page: Page, state: DocumentVisibilityState) {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => visibility === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

test("a notifications page out of view leaves new lines unread until it is looked at", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Seen later" });
  const fan = await factories.createUser({ displayName: "Unseen Fan" });
  await page.goto("/notifications");
  await expect(page.getByText("Nothing yet.", { exact: false })).toBeVisible();
  await setVisibility(page, "hidden");
  const front = await page.context().newPage();
  await front.goto("/search");

  await factories.createLike(fan.id, post.id);
  await expect(bell(front)).toHaveAccessibleName("1 unread Notifications");
  // Loaded afresh, the tab in front still counts it: the page out of view did not mark it read.
  await front.reload();
  await expect(bell(front)).toHaveAccessibleName("1 unread Notifications");

  await setVisibility(page, "visible");
  await expect(page.getByRole("list", { name: "Notifications" }).getByRole("listitem")).toHaveText([/Unseen Fan liked your post.*Seen later/]);
  await expect(bell(front)).toHaveAccessibleName("Notifications");
});

test("a followed account's post is offered as '1 new post', and pressing it puts it on top", async ({ browser, loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  await factories.createFollow(user.id, author.id);
  await factories.createPost(author.id, { text: "Already there" });
  const other = await loggedInBrowser(browser, author.username, factories.TEST_PASSWORD);
  // A post made before the page's stream opens is in the page already, or else missed: wait for it.
  const streaming = page.waitForResponse((response) => response.url().endsWith("/api/live"));
  await page.goto("/");
  await streaming;
  await markDocument(page);
  const posts = page.getByRole("region", { name: "Posts" }).getByRole("article");
  await expect(posts).toHaveCount(1);

  await other.goto("/compose");
  await other.getByLabel("What’s happening?").fill("Fresh from the other browser");
  await submit(other, other.getByRole("button", { name: "Post", exact: true }));
  await page.getByRole("button", { name: "1 new post" }).click();
  await expect(posts).toHaveCount(2);
  await expect(posts.first()).toContainText("Fresh from the other browser");
  await expect(page.getByRole("button", { name: /new post/ })).toHaveCount(0);
  // The button left with its news; the focus goes on from the post it brought.
  await expect(posts.first()).toBeFocused();
  await notReloaded(page);
});
