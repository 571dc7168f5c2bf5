import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { limits } from "@/lib/auth/throttle";
import { expectNoAxeViolations } from "./support/accessibility";
import { expect, test } from "./support/fixtures";

// Without JavaScript, a refused like, repost, bookmark, follow, block or mute comes back to the
// page it was sent from saying why, as the button says it in place with JavaScript
// (lib/actions/page-notices.ts, components/layout/notice-toasts.tsx).

const POST_GONE = "This post was deleted or is no longer available.";

function notice(page: Page) {
  return page.getByRole("dialog", { name: "Not done" }).getByRole("alert");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a follow past the day's limit, far down a list of people, says so and how long to wait there; Dismiss puts it away", async ({
    loggedInPage: page,
    user,
    factories,
  }) => {
    const star = await factories.createUser();
    const fans = [];
    for (let index = 0; index < 15; index++) fans.push(await factories.createUser());
    await db.follow.createMany({ data: fans.map((fan) => ({ followerId: fan.id, followeeId: star.id })) });
    // The day's follows, the oldest an hour ago: the next one may come in 23 hours.
    const oldest = Date.now() - 60 * 60_000;
    await db.rateLimitEvent.createMany({
      data: Array.from({ length: limits.followsPerUser.max }, (_, index) => ({ bucket: limits.followsPerUser.bucket, key: user.id, createdAt: new Date(oldest + index) })),
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/@${star.username}/followers`);
    const row = page.getByRole("list", { name: "Followers" }).getByRole("listitem").nth(12);
    const username = (await row.getByRole("link").first().textContent())?.match(/@(\w+)$/)?.[1] ?? "";
    await row.getByRole("button", { name: `Follow @${username}`, exact: true }).click();

    await page.waitForURL((url) => url.searchParams.get("refused") === "follow-limit" && url.hash.startsWith("#person-"));
    await expect(notice(page)).toHaveText("You have followed more accounts than Commons takes in a day. Try again in 23 hours.");
    await expect(notice(page)).toBeInViewport();
    await expect(row.getByRole("button", { name: `Follow @${username}`, exact: true })).toBeInViewport();
    expect(await db.follow.count({ where: { followerId: user.id } })).toBe(0);

    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("dialog", { name: "Not done" })).toBeHidden();
  });

  test("a like of a post whose author blocked the reader meanwhile says it is no longer available", async ({ loggedInPage: page, user, factories }) => {
    const author = await factories.createUser();
    await factories.createFollow(user.id, author.id);
    const post = await factories.createPost(author.id, { text: "Liked after its author blocked the reader" });
    await page.goto("/");
    await db.block.create({ data: { blockerId: author.id, blockedId: user.id } });
    await page.getByRole("article").filter({ hasText: "Liked after its author blocked the reader" }).getByRole("button", { name: "Like, 0 likes" }).click();

    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("refused") === "post-gone");
    await expect(notice(page)).toHaveText(POST_GONE);
    await expect(notice(page)).toBeInViewport();
    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
  });

  test("a repost of a post deleted meanwhile says so, and the next form sent from that page says nothing more", async ({ loggedInPage: page, factories }) => {
    const author = await factories.createUser();
    const [gone, kept] = [
      await factories.createPost(author.id, { text: "Deleted while on screen", createdAt: new Date(Date.now() - 60_000) }),
      await factories.createPost(author.id, { text: "Still here" }),
    ];
    await page.goto(`/@${author.username}`);
    await db.post.delete({ where: { id: gone.id } });
    await page.getByRole("article").filter({ hasText: "Deleted while on screen" }).getByRole("button", { name: /^Repost/ }).click();

    await page.waitForURL((url) => url.searchParams.get("refused") === "post-gone");
    await expect(notice(page)).toHaveText(POST_GONE);
    await expect(page.getByText("Deleted while on screen")).toHaveCount(0);

    await page.getByRole("article").filter({ hasText: "Still here" }).getByRole("button", { name: "Like, 0 likes" }).click();
    await page.waitForURL((url) => url.hash === `#post-${kept.id}` && !url.searchParams.has("refused"));
    await expect(page.getByRole("article").filter({ hasText: "Still here" }).getByRole("button", { name: "Like, 1 like", exact: true })).toBeVisible();
    await expect(page.getByRole("dialog", { name: "Not done" })).toHaveCount(0);
  });

  test("unblocking an account deleted meanwhile says it no longer exists", async ({ loggedInPage: page, user, factories }) => {
    const other = await factories.createUser();
    await db.block.create({ data: { blockerId: user.id, blockedId: other.id } });
    await page.goto("/settings/safety");
    await factories.deleteUser(other.id);
    await page.getByRole("button", { name: `Unblock @${other.username}` }).click();

    await page.waitForURL((url) => url.pathname === "/settings/safety" && url.searchParams.get("refused") === "account-gone");
    await expect(notice(page)).toHaveText("This account no longer exists.");
    await expect(page.getByText("You have not blocked anyone.")).toBeVisible();
  });
});

test("an address's notice is only one of the known codes, never its text", async ({ loggedInPage: page }) => {
  for (const param of ["refused", "said"]) {
    await page.goto(`/explore?${param}=${encodeURIComponent("Your account is at risk: call us")}`);
    await expect(page.getByRole("heading", { name: "Explore" })).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByText("Your account is at risk")).toHaveCount(0);
  }

  await page.goto("/explore?refused=post-gone");
  await expect(notice(page)).toHaveText(POST_GONE);
  await expectNoAxeViolations(page);
});
