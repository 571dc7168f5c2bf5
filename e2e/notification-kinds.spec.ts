import type { Page } from "@playwright/test";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { expect, loggedInBrowser, submit, test, uniqueWord } from "./support/fixtures";

// Replies, mentions, reposts and quotes: what another person does in their own browser
// is a line on the other's notifications page, with its words and a link to where it is.

const lines = (page: Page) => page.getByRole("list", { name: "Notifications" }).getByRole("listitem");

/** Writes a post (a quote of `quoteOf` if given) in the composer, and waits until it is posted. */
async function compose(page: Page, text: string, quoteOf?: string) {
  await page.goto(quoteOf ? `/compose?quote=${quoteOf}` : "/compose");
  await page.getByLabel("What’s happening?").fill(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  // The composer's own page leads to the home feed once posted.
  await page.waitForURL((url) => url.pathname === "/");
}

test("a reply to your comment is a line with its words, leading to its thread", async ({ browser, loggedInPage: page, user, factories }) => {
  const ada = await factories.createUser({ displayName: "Ada Kinds" });
  const post = await factories.createPost(ada.id, { text: "What are you reading?" });
  const mine = await factories.createComment(post.id, user.id, { text: "A book about bridges" });
  const other = await loggedInBrowser(browser, ada.username, factories.TEST_PASSWORD);
  // The comment's own page, where the reply form is open.
  await other.goto(`/p/${post.id}/c/${mine.id}`);
  await other.getByLabel(`Reply to ${user.displayName}`).fill("Which bridges?");
  await other.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(other.getByText("Your new reply")).toBeVisible();

  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Ada Kinds replied to your comment.*Which bridges\?/]);
  const { db } = await import("@/lib/db");
  const reply = await db.comment.findFirstOrThrow({ where: { parentId: mine.id }, select: { id: true } });
  await expect(lines(page).getByRole("link", { name: "Which bridges?" })).toHaveAttribute("href", `/p/${post.id}/c/${reply.id}`);
});

test("a mention in a post is a line under Mentions", async ({ browser, loggedInPage: page, user, factories }) => {
  const bruno = await factories.createUser({ displayName: "Bruno Kinds" });
  await factories.createFollow(bruno.id, user.id);
  const other = await loggedInBrowser(browser, bruno.username, factories.TEST_PASSWORD);
  await compose(other, `Coffee with @${user.username} today`);

  // The follow is under All only.
  await page.goto("/notifications?filter=mentions");
  await expect(lines(page)).toHaveText([/Unread: Bruno Kinds mentioned you in a post.*Coffee with @/]);
});

test("a comment on your post that names you is under Mentions too", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Anyone up for a walk?" });
  const fay = await factories.createUser({ displayName: "Fay Kinds" });
  await factories.createComment(post.id, fay.id, { text: `Count me in, @${user.username}` });
  await factories.createComment(post.id, fay.id, { text: "Bringing snacks" });

  await page.goto("/notifications?filter=mentions");
  await expect(lines(page)).toHaveText([/Unread: Fay Kinds commented on your post.*Count me in, @/]);
});

test("opening Mentions marks its own lines and leaves the rest unread under All", async ({ loggedInPage: page, user, factories }) => {
  const gus = await factories.createUser({ displayName: "Gus Kinds" });
  await factories.createFollow(gus.id, user.id);
  const post = await factories.createPost(user.id, { text: "Lunch plans?" });
  await factories.createComment(post.id, gus.id, { text: `Noodles, @${user.username}?` });

  await page.goto("/notifications?filter=mentions");
  await expect(lines(page)).toHaveText([/Unread: Gus Kinds commented on your post.*Noodles, @/]);
  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Gus Kinds commented on your post/, /Unread: Gus Kinds followed you/]);
  // All has now been read.
  await page.reload();
  await expect(lines(page)).toHaveText([/Gus Kinds commented on your post/, /Gus Kinds followed you/]);
  await expect(lines(page).filter({ hasText: "Unread" })).toHaveCount(0);
});

test("reposts of your post are one line, and undoing one takes its name out", async ({ browser, loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Worth passing on" });
  const [chen, dana] = await Promise.all(["Chen", "Dana"].map((name) => factories.createUser({ displayName: `${name} Kinds` })));
  await factories.createFollow(dana!.id, user.id);
  const { db } = await import("@/lib/db");
  await db.repost.create({ data: { userId: dana!.id, postId: post.id } });
  const other = await loggedInBrowser(browser, chen!.username, factories.TEST_PASSWORD);
  await other.goto(`/p/${post.id}`);
  await submit(other, other.getByRole("button", { name: "Repost, 1 repost" }));
  await expect(other.getByRole("button", { name: "Repost, 2 reposts", exact: true, pressed: true })).toBeVisible();

  await page.goto("/notifications");
  await expect(lines(page).first()).toHaveText(/Unread: Chen Kinds and Dana Kinds reposted your post.*Worth passing on/);
  await submit(other, other.getByRole("button", { name: "Repost, 2 reposts", exact: true }));
  await expect(other.getByRole("button", { name: "Repost, 1 repost" })).toBeVisible();
  await page.reload();
  await expect(lines(page).first()).toHaveText(/Dana Kinds reposted your post/);
});

test("a quote of your post is a line with the quote's words, leading to it", async ({ browser, loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: "Bridges are underrated" });
  const eve = await factories.createUser({ displayName: "Eve Kinds" });
  const other = await loggedInBrowser(browser, eve.username, factories.TEST_PASSWORD);
  await compose(other, "Strongly agree", post.id);

  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Unread: Eve Kinds quoted your post.*Strongly agree/]);
  const { db } = await import("@/lib/db");
  const quote = await db.post.findFirstOrThrow({ where: { quotedPostId: post.id }, select: { id: true } });
  await expect(lines(page).getByRole("link", { name: "Strongly agree" })).toHaveAttribute("href", `/p/${quote.id}`);
});

test("a mention in a post behind a content warning shows the warning, its words folded until opened", async ({ browser, loggedInPage: page, user, factories }) => {
  const dana = await factories.createUser({ displayName: "Dana Kinds" });
  const other = await loggedInBrowser(browser, dana.username, factories.TEST_PASSWORD);
  await other.goto("/compose");
  await other.getByLabel("What’s happening?").fill(`@${user.username} secret plot twist: the butler did it #mysteryclub`);
  await other.getByText("Add a content warning").click();
  await other.getByLabel("Content warning", { exact: true }).fill("book spoilers");
  await other.getByRole("button", { name: "Post", exact: true }).click();
  await other.waitForURL((url) => url.pathname === "/");

  await page.goto("/notifications");
  await expect(lines(page)).toHaveCount(1);
  const line = lines(page).first();
  await expect(line).toContainText("Dana Kinds mentioned you in a post");
  await expect(line.getByText("book spoilers")).toBeVisible();
  await expect(line.getByText(/the butler did it/)).toBeHidden();
  await line.getByText("Content warning:").click();
  await expect(line.getByRole("link", { name: /the butler did it/ })).toBeVisible();
});

test("a post moderators remove from the queue is a line with its words and what it was reported as, in place of its likes", async ({ browser, loggedInPage: page, user, factories }) => {
  const text = `Cheap followers ${uniqueWord("deal")}`;
  const post = await factories.createPost(user.id, { text });
  const [fan, admin] = await Promise.all([factories.createUser({ displayName: "Fan Removal" }), factories.createUser({ role: "ADMIN" })]);
  await factories.createLike(fan.id, post.id);
  await factories.createReport(fan.id, { targetType: "POST", targetId: post.id, accountId: user.id }, { reason: "SPAM" });
  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([/Fan Removal liked your post/]);
  // Away from the notifications page, which shows a line that arrives while it is open as read.
  await page.goto("/");

  const moderator = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await moderator.goto("/admin/reports");
  const group = moderator.getByRole("article", { name: `Reports of the post by @${user.username}` });
  moderator.once("dialog", (dialog) => void dialog.accept());
  await submit(moderator, group.getByRole("button", { name: `Remove post by @${user.username}` }));
  await expect(group).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("link", { name: "1 unread Notifications" })).toBeVisible();
  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([new RegExp(`^Unread: Moderators removed your post · .*${text}Reported as: Spam$`)]);
  // The post is gone: nothing to lead to.
  await expect(lines(page).getByRole("link")).toHaveCount(0);
  await expectNoAxeViolationsLightAndDark(page);
});

test("a reporter hears what moderators decided on the report, naming no moderator", async ({ browser, loggedInPage: page, user, factories }) => {
  const [author, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(author.id, { text: `Borderline ${uniqueWord("joke")}` });
  await factories.createReport(user.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { reason: "HARASSMENT" });

  const moderator = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await moderator.goto("/admin/reports");
  const group = moderator.getByRole("article", { name: `Reports of the post by @${author.username}` });
  await group.getByRole("button", { name: `Dismiss the reports of post by @${author.username}` }).click();
  await expect(group).toHaveCount(0);

  await page.goto("/");
  await expect(page.getByRole("link", { name: "1 unread Notifications" })).toBeVisible();
  await page.goto("/notifications");
  await expect(lines(page)).toHaveText([
    new RegExp(`^Unread: Moderators reviewed your report about @${author.username} and took no action · .*Thank you for your report\\.$`),
  ]);
  await expect(lines(page).getByRole("link")).toHaveCount(0);
  await expect(lines(page)).not.toContainText(admin.username);
  await expectNoAxeViolationsLightAndDark(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a like of your post behind a content warning keeps its words folded until opened", async ({ loggedInPage: page, user, factories }) => {
    const post = await factories.createPost(user.id, { text: "The ending, in full", contentWarning: "film spoilers" });
    const fan = await factories.createUser({ displayName: "Fan Kinds" });
    await factories.createLike(fan.id, post.id);

    await page.goto("/notifications");
    const line = lines(page).first();
    await expect(line).toContainText("Fan Kinds liked your post");
    await expect(line.getByText("film spoilers")).toBeVisible();
    await expect(line.getByText("The ending, in full")).toBeHidden();
    await line.getByText("Content warning:").click();
    await expect(line.getByRole("link", { name: "The ending, in full" })).toHaveAttribute("href", `/p/${post.id}`);
  });
});
