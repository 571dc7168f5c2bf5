import { db } from "@/lib/db";
import { expect, submit, test } from "./support/fixtures";

// The like button on a post's page: shown at once with JavaScript and settled
// by the server's answer, a plain form without it.

test("a like shows at once, lands in the database and survives a reload", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Liked with JavaScript" });
  await page.goto(`/p/${post.id}`);

  await submit(page, page.getByRole("button", { name: "Like, 0 likes" }));
  await expect(page.getByRole("button", { name: "Like, 1 like", exact: true, pressed: true })).toHaveText("1");
  expect(await db.like.count({ where: { postId: post.id, userId: user.id } })).toBe(1);

  await page.reload();
  await submit(page, page.getByRole("button", { name: "Like, 1 like", exact: true }));
  // Counts are hidden at zero; the name still says it.
  await expect(page.getByRole("button", { name: "Like, 0 likes", pressed: false })).toHaveText("");
  expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the like form posts and the page comes back liked", async ({ loggedInPage: page, user, factories }) => {
    const author = await factories.createUser();
    const post = await factories.createPost(author.id, { text: "Liked without JavaScript" });
    await page.goto(`/p/${post.id}`);

    await page.getByRole("button", { name: "Like, 0 likes" }).click();
    await expect(page.getByRole("button", { name: "Like, 1 like", exact: true, pressed: true })).toHaveText("1");
    expect(await db.like.count({ where: { postId: post.id, userId: user.id } })).toBe(1);
  });

  test("a like far down a feed comes back to its card, not the top of the page", async ({ loggedInPage: page, user, factories }) => {
    const author = await factories.createUser();
    const oldest = await factories.createPost(author.id, { text: "The oldest of twelve", createdAt: new Date(Date.now() - 3_600_000) });
    for (let count = 0; count < 11; count++) await factories.createPost(author.id);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(`/@${author.username}`);
    const card = page.getByRole("article").filter({ hasText: "The oldest of twelve" });
    await card.getByRole("button", { name: "Like, 0 likes" }).click();

    await page.waitForURL((url) => url.hash === `#post-${oldest.id}`);
    await expect(card.getByRole("button", { name: "Like, 1 like", exact: true, pressed: true })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await db.like.count({ where: { postId: oldest.id, userId: user.id } })).toBe(1);
  });

  test("a like sent after the session ended goes through logging in and back to its card, unsent", async ({
    loggedInPage: page,
    user,
    factories,
  }) => {
    const author = await factories.createUser();
    const post = await factories.createPost(author.id, { text: "Liked after logging out elsewhere" });
    await page.goto(`/@${author.username}`);
    await page.context().clearCookies();
    await page.getByRole("article").filter({ hasText: "Liked after logging out elsewhere" }).getByRole("button", { name: "Like, 0 likes" }).click();

    await page.waitForURL((url) => url.pathname === "/login");
    await expect(page.getByRole("dialog", { name: "Not done" }).getByRole("alert")).toHaveText("Your session has ended. Log in again to continue.");
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password").fill(factories.TEST_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((url) => url.pathname === `/@${author.username}` && url.hash === `#post-${post.id}`);
    await expect(page.getByRole("button", { name: "Like, 0 likes", pressed: false })).toBeVisible();
    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
  });
});

test("a like count whose likers a block hides from the reader says so, rather than that no one liked it", async ({ loggedInPage: page, user, factories }) => {
  const [author, liker] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id, { text: "Like me, blocked" });
  await factories.createLike(liker.id, post.id);
  await db.block.create({ data: { blockerId: user.id, blockedId: liker.id } });

  await page.goto(`/p/${post.id}/likes`);
  await expect(page.getByText("1 like", { exact: true })).toBeVisible();
  await expect(page.getByText("The people who liked it are hidden from you by a block.")).toBeVisible();
  await expect(page.getByText("No one has liked this post yet.")).toHaveCount(0);
});

test("a refused like says why and goes back to what the server has", async ({ loggedInPage: page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Deleted while on screen" });
  await page.goto(`/p/${post.id}`);
  await db.post.delete({ where: { id: post.id } });

  await submit(page, page.getByRole("button", { name: "Like, 0 likes" }));
  await expect(page.getByRole("alert").filter({ hasText: "This post was deleted or is no longer available." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Like, 0 likes", pressed: false })).toHaveText("");
  expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
});

test("on a phone, refusals under a card say why once, on a line of their own within the screen", async ({ loggedInPage: page, factories }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Deleted while read on a phone" });
  await page.goto("/explore");
  const card = page.getByRole("article").filter({ hasText: "Deleted while read on a phone" });
  await db.post.delete({ where: { id: post.id } });

  await submit(page, card.getByRole("button", { name: "Like, 0 likes" }));
  const refusal = card.getByRole("alert");
  await expect(refusal).toHaveText("This post was deleted or is no longer available.");
  await submit(page, card.getByRole("button", { name: "Bookmark" }));
  await expect(card.getByRole("button", { name: "Bookmark", pressed: false })).toBeVisible();
  await expect(refusal).toHaveCount(1);

  await expect(refusal).toBeInViewport({ ratio: 1 });
  const [like, bookmark, line] = await Promise.all([card.getByRole("button", { name: /^Like,/ }), card.getByRole("button", { name: "Bookmark" }), refusal].map((part) => part.boundingBox()));
  // One row of buttons: centred on one line.
  expect(Math.abs(bookmark!.y + bookmark!.height / 2 - (like!.y + like!.height / 2))).toBeLessThan(2);
  expect(line!.y).toBeGreaterThan(like!.y + like!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
