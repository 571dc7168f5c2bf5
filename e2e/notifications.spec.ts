import type { Page } from "@playwright/test";
import { expect, loggedInBrowser, submit, test } from "./support/fixtures";
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// Notifications: what one person does to another shows on the other's bell and page,
// grouped as people read them; opening the page marks them read.

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /Notifications$/ });
const lines = (page: Page) => page.getByRole("list", { name: "Notifications" }).getByRole("listitem");

test("a follow from another browser is an unread line on the page, which the bell leads to", async ({ browser, loggedInPage: page, user, factories }) => {
  const ada = await factories.createUser({ displayName: "Ada Actor" });
  const other = await loggedInBrowser(browser, ada.username, factories.TEST_PASSWORD);
  await other.goto(`/@${user.username}`);
  await submit(other, other.getByRole("region", { name: "Profile" }).getByRole("button", { name: `Follow @${user.username}` }));

  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Ada Actor followed you/]);
  await expect(bell(page)).toHaveAttribute("href", "/notifications");
});

test("a like from another browser is an unread line with the post", async ({ browser, loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "My first sunrise photo" });
  const bruno = await factories.createUser({ displayName: "Bruno Actor" });
  const other = await loggedInBrowser(browser, bruno.username, factories.TEST_PASSWORD);
  await other.goto(`/p/${post.id}`);
  await submit(other, other.getByRole("button", { name: "Like, 0 likes" }));

  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Bruno Actor liked your post.*My first sunrise photo/]);
});

test("a comment from another browser is a line with its text", async ({ browser, loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id);
  const chen = await factories.createUser({ displayName: "Chen Commenter" });
  const other = await loggedInBrowser(browser, chen.username, factories.TEST_PASSWORD);

  await other.goto(`/p/${post.id}`);
  await other.getByLabel("Add a comment").fill("Gorgeous colours");
  await other.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(other.getByRole("list", { name: "Comments" }).getByText("Gorgeous colours")).toBeVisible();

  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Chen Commenter commented on your post.*Gorgeous colours/]);
});

test("likes of one post are one line, unread ones are marked, and opening the page reads them", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Liked by many" });
  const fans = await Promise.all(["Ada", "Bruno", "Chen"].map((name) => factories.createUser({ displayName: `${name} Fan` })));
  for (const fan of fans) await factories.createLike(fan.id, post.id);

  await page.goto("/search");
  await expect(bell(page)).toHaveAccessibleName("1 unread Notifications");
  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Chen Fan and 2 others liked your post.*Liked by many/]);
  await expect(lines(page).getByRole("link", { name: "2 others" })).toHaveAttribute("href", `/p/${post.id}/likes`);
  // The bell says nothing on the page that read them, nor on the next one.
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await page.reload();
  await expect(lines(page)).toHaveText([/Chen Fan and 2 others liked your post/]);
  await expect(lines(page).first()).not.toContainText("Unread");
  await page.goto("/search");
  await expect(bell(page)).toHaveAccessibleName("Notifications");
});

test("the page with read and unread lines is accessible in light and dark", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Read and unread" });
  const fans = await Promise.all([1, 2].map((n) => factories.createUser({ displayName: `Axe Fan ${n}` })));
  await factories.createFollow(fans[0]!.id, user.id);
  await page.goto("/notifications");
  // Away from the page: open, it would show the new lines as they come (live updates) and so read them.
  await page.goto("/search");
  await factories.createLike(fans[0]!.id, post.id);
  await factories.createComment(post.id, fans[1]!.id, { text: "Nice one" });
  await page.goto("/notifications");
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).first()).toContainText("Unread");
  await expectNoAxeViolationsLightAndDark(page);
});

test("an unlike takes its unread notification away", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id);
  const fan = await factories.createUser();
  await factories.createFollow(fan.id, user.id);
  await factories.createLike(fan.id, post.id);
  await page.goto("/search");
  await expect(bell(page)).toHaveAccessibleName("2 unread Notifications");
  await factories.removeLike(fan.id, post.id);
  await page.reload();
  await expect(bell(page)).toHaveAccessibleName("1 unread Notifications");
});

test("on a phone, the tab bar has a Notifications tab with the count", async ({ loggedInPage: page, user, factories }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fan = await factories.createUser({ displayName: "Phone Fan" });
  await factories.createFollow(fan.id, user.id);
  await page.goto("/search");
  const tab = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "1 unread Notifications" });
  await expect(tab).toBeVisible();
  await expect(bell(page)).toBeHidden();
  await tab.click();
  await expect(lines(page)).toHaveText([/Phone Fan followed you/]);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the bell is a link, the page lists and marks, and the filters are links", async ({ loggedInPage: page, user, factories }) => {
    const fans = await Promise.all([1, 2].map((n) => factories.createUser({ displayName: `Plain Fan ${n}` })));
    for (const fan of fans) await factories.createFollow(fan.id, user.id);
    await page.goto("/search");
    await expect(bell(page)).toHaveAccessibleName("1 unread Notifications");
    await bell(page).click();
    await page.waitForURL("**/notifications");
    await expect(lines(page)).toHaveText([/Unread: Plain Fan 2 and Plain Fan 1 followed you/]);
    await page.getByRole("link", { name: "Mentions" }).click();
    await page.waitForURL("**/notifications?filter=mentions");
    await expect(page.getByText("No mentions yet.")).toBeVisible();
    await page.getByRole("link", { name: "All" }).click();
    await expect(lines(page)).toHaveText([/Plain Fan 2 and Plain Fan 1 followed you/]);
    await expect(lines(page).first()).not.toContainText("Unread");
  });
});
