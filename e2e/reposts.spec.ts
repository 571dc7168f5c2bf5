import { db } from "@/lib/db";
import { expect, submit, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

// Reposts: the button on every card (with and without JavaScript), and the
// "Ada reposted" line that brings a post into followers' home feeds and onto
// the reposter's profile. Each test seeds its own people through the factories.

test("a repost shows at once, lands in the database and survives a reload", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Worth passing on" });
  await page.goto(`/p/${post.id}`);

  await submit(page, page.getByRole("button", { name: "Repost, 0 reposts" }));
  await expect(page.getByRole("button", { name: "Repost, 1 repost", exact: true, pressed: true })).toHaveText("1");
  expect(await db.repost.count({ where: { postId: post.id, userId: user.id } })).toBe(1);

  await page.reload();
  await expect(page.getByRole("button", { name: "Repost, 1 repost", exact: true, pressed: true })).toBeVisible();
});

test("a post's page leads to who reposted it, newest first", async ({ loggedInPage: page, factories }) => {
  const [author, earlier, later] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id, { text: "Pass it on" });
  await db.repost.createMany({
    data: [
      { userId: earlier.id, postId: post.id, createdAt: new Date(Date.now() - 60_000) },
      { userId: later.id, postId: post.id },
    ],
  });
  await page.goto(`/p/${post.id}`);
  await page.getByRole("link", { name: "Reposted by 2 people" }).click();
  await page.waitForURL(`/p/${post.id}/reposts`);
  await expect(page.getByRole("heading", { name: "Reposted by" })).toBeVisible();
  const reposters = page.getByRole("list", { name: "People who reposted this post" }).getByRole("listitem");
  await expect(reposters).toHaveCount(2);
  await expect(reposters.first()).toContainText(`@${later.username}`);
  await expect(reposters.last()).toContainText(`@${earlier.username}`);
});

test("a followed account's repost is in my home feed, once, naming the reposters", async ({ loggedInPage: page, user, factories }) => {
  const [ada, bruno, stranger] = await Promise.all([
    factories.createUser({ displayName: "Ada Reposter" }),
    factories.createUser({ displayName: "Bruno Reposter" }),
    factories.createUser({ displayName: "Stranger Writer" }),
  ]);
  await db.follow.createMany({ data: [ada, bruno].map((followee) => ({ followerId: user.id, followeeId: followee.id })) });
  const post = await factories.createPost(stranger.id, { text: "Reposted into the home feed", createdAt: new Date(Date.now() - 3_600_000) });
  await db.repost.create({ data: { userId: ada.id, postId: post.id } });
  await page.goto("/");

  const card = page.getByRole("article").filter({ hasText: "Reposted into the home feed" });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: "Ada Reposter reposted" })).toHaveAttribute("href", `/@${ada.username}`);

  await db.repost.create({ data: { userId: bruno.id, postId: post.id, createdAt: new Date(Date.now() + 1000) } });
  await page.reload();
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: "Bruno Reposter and Ada Reposter reposted" })).toBeVisible();
  await expect(card.getByRole("button", { name: "Repost, 2 reposts" })).toHaveText("2");
});

test("a home feed with reposted posts has no accessibility violations", async ({ loggedInPage: page, user, factories }) => {
  const [ada, stranger] = await Promise.all([factories.createUser({ displayName: "Ada Axe" }), factories.createUser()]);
  await db.follow.create({ data: { followerId: user.id, followeeId: ada.id } });
  const post = await factories.createPost(stranger.id, { text: "Reposted, checked by axe" });
  await db.repost.createMany({ data: [ada, user].map((who) => ({ userId: who.id, postId: post.id })) });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "You and Ada Axe reposted" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, { include: "main" });
});

test("undoing a repost from the home feed takes it out of the count and the database", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Reposted, then not" });
  // Followed, so the post stays in the feed once the repost is gone (as the author's own post):
  // otherwise the page refreshed after the undo no longer has the card to look at.
  await factories.createFollow(user.id, author.id);
  await db.repost.create({ data: { userId: user.id, postId: post.id } });
  await page.goto("/");

  const card = page.getByRole("article").filter({ hasText: "Reposted, then not" });
  await expect(card.getByText("You reposted")).toBeVisible();
  await submit(page, card.getByRole("button", { name: "Repost, 1 repost", exact: true }));
  await expect(card.getByRole("button", { name: "Repost, 0 reposts", pressed: false })).toHaveText("");
  await expect(card.getByText("You reposted")).toHaveCount(0);
  expect(await db.repost.count({ where: { postId: post.id } })).toBe(0);
});

test("undoing one's own repost takes \"You reposted\" off the card at once, and puts it back if the undo fails", async ({
  loggedInPage: page,
  user,
  factories,
}) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Reposted onto my own profile" });
  await db.repost.create({ data: { userId: user.id, postId: post.id } });
  await page.goto(`/@${user.username}`);

  const card = page.getByRole("article").filter({ hasText: "Reposted onto my own profile" });
  const line = card.getByRole("link", { name: "You reposted" });
  const repost = card.getByRole("button", { name: /^Repost,/ });
  await waitForHydration(repost);
  // The undo is held on its way, then lost, as on a train.
  let dropUndo = () => {};
  const undoDropped = new Promise<void>((resolve) => (dropUndo = resolve));
  await page.route("**/*", async (route) => {
    if (!route.request().headers()["next-action"]) return route.fallback();
    await undoDropped;
    await route.abort("internetdisconnected");
  });
  await repost.click();
  await expect(repost).toHaveAttribute("aria-pressed", "false");
  await expect(line).toBeHidden();

  dropUndo();
  await expect(page.getByText(/That did not go through/)).toBeVisible();
  await expect(repost).toHaveAttribute("aria-pressed", "true");
  await expect(line).toBeVisible();
  expect(await db.repost.count({ where: { postId: post.id } })).toBe(1);
});

test("a profile shows the person's reposts with the label", async ({ page, factories }) => {
  const [ada, writer] = await Promise.all([factories.createUser({ displayName: "Ada Profile" }), factories.createUser()]);
  const post = await factories.createPost(writer.id, { text: "On Ada's profile by repost" });
  await db.repost.create({ data: { userId: ada.id, postId: post.id } });
  await page.goto(`/@${ada.username}`);

  const card = page.getByRole("article").filter({ hasText: "On Ada's profile by repost" });
  await expect(card.getByRole("link", { name: "Ada Profile reposted" })).toBeVisible();
  await expect(card.getByText("1 repost")).toBeAttached();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the repost form posts and the page comes back reposted", async ({ loggedInPage: page, user, factories }) => {
    const author = await factories.createUser();
    const post = await factories.createPost(author.id, { text: "Reposted without JavaScript" });
    await page.goto(`/p/${post.id}`);

    await page.getByRole("button", { name: "Repost, 0 reposts" }).click();
    await expect(page.getByRole("button", { name: "Repost, 1 repost", exact: true, pressed: true })).toHaveText("1");
    expect(await db.repost.count({ where: { postId: post.id, userId: user.id } })).toBe(1);

    await page.getByRole("button", { name: "Repost, 1 repost", exact: true }).click();
    await expect(page.getByRole("button", { name: "Repost, 0 reposts", pressed: false })).toBeVisible();
    expect(await db.repost.count({ where: { postId: post.id } })).toBe(0);
  });
});
