import { expect, formsSentByReloadingTwice, loggedInBrowser, submit, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// The moderation queue and log, as an admin decides on reports, in a real browser.

test("an admin removes a reported post from the queue, and the log shows it", async ({ browser, factories }) => {
  const [author, reporter, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const text = uniqueWord("spam");
  const post = await factories.createPost(author.id, { text });
  await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { reason: "OTHER", details: "Selling things" });

  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await page.goto("/admin/reports");
  const group = page.getByRole("article", { name: `Reports of the post by @${author.username}` });
  await expect(group.getByText(text)).toBeVisible();
  await expect(group.getByText("Selling things")).toBeVisible();

  // Asked first: a cancelled Remove leaves the post and its reports.
  const remove = group.getByRole("button", { name: `Remove post by @${author.username}` });
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await remove.click();
  await expect.poll(() => questions).toEqual([`Remove the post by @${author.username} for everyone? This cannot be undone.`]);
  await page.reload();
  await expect(group.getByText(text)).toBeVisible();
  const { db } = await import("@/lib/db");
  expect(await db.post.count({ where: { id: post.id } })).toBe(1);

  page.once("dialog", (dialog) => void dialog.accept());
  await submit(page, remove);
  await expect(page.getByRole("article", { name: `Reports of the post by @${author.username}` })).toHaveCount(0);
  expect(await db.post.count({ where: { id: post.id } })).toBe(0);

  await page.goto("/admin/log");
  const entry = page.getByRole("listitem").filter({ hasText: text });
  await expect(entry).toContainText(`@${admin.username} removed a post by @${author.username} (1 report resolved)`);
});

test("a reported post and a reported reply link to where they are, the reply to its own thread", async ({ browser, factories }) => {
  const [poster, commenter, reporter, admin] = await Promise.all([
    factories.createUser(),
    factories.createUser(),
    factories.createUser(),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const [postText, replyText] = [uniqueWord("scam"), uniqueWord("taunt")];
  const post = await factories.createPost(poster.id, { text: postText });
  const parent = await factories.createComment(post.id, poster.id);
  const reply = await factories.createComment(post.id, commenter.id, { text: replyText, parentId: parent.id });
  await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: poster.id });
  await factories.createReport(reporter.id, { targetType: "COMMENT", targetId: reply.id, accountId: commenter.id });
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);

  await page.goto("/admin/reports");
  await page.getByRole("article", { name: `Reports of the post by @${poster.username}` }).getByRole("link", { name: "Open the post" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  // In the page itself: Next's route announcer also reads out the new page's title, which quotes the text.
  await expect(page.getByRole("main").getByText(postText, { exact: true })).toBeVisible();

  await page.goto("/admin/reports");
  await page
    .getByRole("article", { name: `Reports of the comment by @${commenter.username}` })
    .getByRole("link", { name: "Open the comment in its thread" })
    .click();
  await expect(page).toHaveURL(`/p/${post.id}/c/${reply.id}`);
  await expect(page.getByRole("heading", { name: "Thread", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText(replyText, { exact: true })).toBeVisible();
});

test("a reported comment whose post is gone says it may have gone with it, and still offers its author's suspension", async ({ browser, factories }) => {
  const [poster, commenter, reporter, admin] = await Promise.all([
    factories.createUser(),
    factories.createUser(),
    factories.createUser(),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const post = await factories.createPost(poster.id, { text: uniqueWord("gone") });
  const comment = await factories.createComment(post.id, commenter.id, { text: uniqueWord("taunt") });
  await factories.createReport(reporter.id, { targetType: "COMMENT", targetId: comment.id, accountId: commenter.id });
  const { db } = await import("@/lib/db");
  await db.post.delete({ where: { id: post.id } });
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);

  await page.goto("/admin/reports");
  const group = page.getByRole("article", { name: `Reports of the comment by @${commenter.username}` });
  await expect(group.getByText("This comment was deleted, or went with its post.")).toBeVisible();
  await expect(group.getByRole("button", { name: "Suspend account" })).toBeVisible();
});

test("a reported account is named as the account, not as something by it", async ({ browser, factories }) => {
  const [account, reporter, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  await factories.createReport(reporter.id, { targetType: "ACCOUNT", targetId: account.id, accountId: account.id });
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);

  await page.goto("/admin/reports");
  const group = page.getByRole("article", { name: `Reports of the account @${account.username}` });
  await expect(group.getByRole("heading", { level: 2 })).toHaveText(`Account @${account.username}`);
  await expect(group.getByRole("button", { name: `Suspend account @${account.username}` })).toBeVisible();
});

test("only admins reach the queue and the log", async ({ loggedInPage: page }) => {
  expect((await page.goto("/admin/reports"))?.status()).toBe(404);
  expect((await page.goto("/admin/log"))?.status()).toBe(404);
});

test.describe("the queue without JavaScript", () => {
  /** A GET form with no fields may leave a bare "?" at the end of the address. */
  const page$ = (path: string) => new RegExp(`${path.replace(/[/]/g, "\\/")}\\??$`);

  test("Remove asks on a page of its own; Cancel keeps the post and its report, confirming removes both", async ({ browser, factories }) => {
    const [author, reporter, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
    const text = uniqueWord("junk");
    const post = await factories.createPost(author.id, { text });
    await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id });
    const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD, false);
    const group = page.getByRole("article", { name: `Reports of the post by @${author.username}` });
    const { db } = await import("@/lib/db");
    const openReports = () => db.report.count({ where: { targetId: post.id, resolvedAt: null } });

    await page.goto("/admin/reports");
    await group.getByRole("button", { name: `Remove post by @${author.username}` }).click();
    await expect(page).toHaveURL(page$(`/admin/reports/post/${post.id}/remove`));
    await expect(page.getByRole("heading", { name: `Remove the post by @${author.username} for everyone? This cannot be undone.` })).toBeVisible();
    await expect(page.getByText(text)).toBeVisible();
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
    expect(await openReports()).toBe(1);
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL("/admin/reports");
    await expect(group.getByText(text)).toBeVisible();

    await group.getByRole("button", { name: `Remove post by @${author.username}` }).click();
    await page.getByRole("button", { name: "Remove post" }).click();
    await expect(page).toHaveURL("/admin/reports");
    await expect(page.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
    await expect(group).toHaveCount(0);
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await openReports()).toBe(0);
  });

  test("Suspend asks on a page of its own; Dismiss needs no confirmation", async ({ browser, factories }) => {
    const [commenter, poster, reporter, admin] = await Promise.all([
      factories.createUser(),
      factories.createUser(),
      factories.createUser(),
      factories.createUser({ role: "ADMIN" }),
    ]);
    const post = await factories.createPost(poster.id);
    const comment = await factories.createComment(post.id, commenter.id, { text: uniqueWord("insult") });
    await factories.createReport(reporter.id, { targetType: "COMMENT", targetId: comment.id, accountId: commenter.id });
    await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: poster.id });
    const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD, false);
    const { db } = await import("@/lib/db");
    const suspendedAt = async () => (await db.user.findUniqueOrThrow({ where: { id: commenter.id } })).suspendedAt;

    await page.goto("/admin/reports");
    const commentGroup = page.getByRole("article", { name: `Reports of the comment by @${commenter.username}` });
    await commentGroup.getByRole("button", { name: `Suspend account behind comment by @${commenter.username}` }).click();
    await expect(page).toHaveURL(page$(`/admin/reports/comment/${comment.id}/suspend`));
    await expect(page.getByRole("heading", { name: new RegExp(`^Suspend @${commenter.username}\\? They are logged out`) })).toBeVisible();
    expect(await suspendedAt()).toBeNull();
    await page.getByRole("button", { name: "Suspend account" }).click();
    await expect(page).toHaveURL("/admin/reports");
    await expect(commentGroup).toHaveCount(0);
    expect(await suspendedAt()).not.toBeNull();
    // The member is told why, and where to appeal (the development mailbox shows what would be sent).
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(commenter.email)}`);
    const mail = page.getByRole("article", { name: `Your Commons account is suspended to ${commenter.email}` });
    await expect(mail.locator("pre")).toContainText(`The moderators of Commons suspended your account, @${commenter.username}.\nIt was reported for: Spam.`);
    await expect(mail.locator("pre")).toContainText("write to moderators@commons.test to ask the moderators to look at it again.");
    await page.goto("/admin/reports");

    const postGroup = page.getByRole("article", { name: `Reports of the post by @${poster.username}` });
    await postGroup.getByRole("button", { name: `Dismiss the reports of post by @${poster.username}` }).click();
    await expect(postGroup).toHaveCount(0);
    await expect(page.getByRole("dialog", { name: "Done" }).getByRole("status")).toHaveText("Reports dismissed.");
    expect(await db.report.count({ where: { targetId: post.id, resolution: "DISMISSED" } })).toBe(1);
    // The queue afresh: reloading it does not send Dismiss again, to be refused as resolved already.
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.goto("/admin/log");
    await expect(page.getByRole("listitem").filter({ hasText: `@${poster.username}` })).toContainText(
      `@${admin.username} dismissed reports involving @${poster.username} (1 report resolved)`,
    );
  });

  test("a decision on a later page of the queue, or its Cancel, comes back to that page", async ({ browser, factories }) => {
    test.setTimeout(180_000);
    const [reporter, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
    // More reports than a page holds, dated last (2100), so whatever other tests leave open comes
    // before them and the last of them is on a later page.
    const authors = [];
    for (let second = 0; second <= 20; second += 1) {
      const author = await factories.createUser();
      const post = await factories.createPost(author.id);
      await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { createdAt: new Date(Date.UTC(2100, 0, 1, 0, 0, second)) });
      authors.push(author);
    }
    const last = authors.at(-1)!.username;
    const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD, false);
    const groupOf = (username: string) => page.getByRole("article", { name: `Reports of the post by @${username}` });
    await page.goto("/admin/reports");
    while ((await groupOf(last).count()) === 0) {
      const earlierPage = page.url();
      await page.getByRole("link", { name: "Later reports" }).click();
      await expect(page).not.toHaveURL(earlierPage);
      await page.waitForLoadState();
    }
    const laterPage = page.url();
    expect(new URL(laterPage).searchParams.get("cursor")).not.toBeNull();

    await groupOf(last).getByRole("button", { name: `Remove post by @${last}` }).click();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(laterPage);
    await groupOf(last).getByRole("button", { name: `Remove post by @${last}` }).click();
    await page.getByRole("button", { name: "Remove post" }).click();
    await expect(page).toHaveURL(laterPage);
    await expect(page.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
    await expect(groupOf(last)).toHaveCount(0);
  });
});

test("after a decision, focus moves on to the report that is next in the queue, and a screen reader hears what was done", async ({ browser, factories }) => {
  const [first, second, third, reporter, admin] = await Promise.all([
    factories.createUser(),
    factories.createUser(),
    factories.createUser(),
    factories.createUser(),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const [firstPost, secondPost, thirdPost] = await Promise.all([factories.createPost(first.id), factories.createPost(second.id), factories.createPost(third.id)]);
  const secondComment = await factories.createComment(firstPost.id, second.id);
  // Reported long ago, so they head the queue, in this order, whatever other tests leave open.
  const reported = (seconds: number) => ({ createdAt: new Date(Date.UTC(2001, 0, 1, 0, 0, seconds)) });
  await factories.createReport(reporter.id, { targetType: "POST", targetId: firstPost.id, accountId: first.id }, reported(0));
  await factories.createReport(reporter.id, { targetType: "POST", targetId: secondPost.id, accountId: second.id }, reported(1));
  await factories.createReport(reporter.id, { targetType: "COMMENT", targetId: secondComment.id, accountId: second.id }, reported(2));
  await factories.createReport(reporter.id, { targetType: "POST", targetId: thirdPost.id, accountId: third.id }, reported(3));
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await page.goto("/admin/reports");
  const groupOf = (username: string) => page.getByRole("article", { name: `Reports of the post by @${username}` });

  const dismiss = groupOf(first.username).getByRole("button", { name: `Dismiss the reports of post by @${first.username}` });
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await expect(groupOf(first.username)).toHaveCount(0);
  await expect(groupOf(second.username).getByRole("heading", { name: `Post by @${second.username}` })).toBeFocused();
  await expect(page.locator("#announcements")).toHaveText("Reports dismissed.");

  // A suspension takes every report about the account away: the post's and the comment's.
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  const suspend = groupOf(second.username).getByRole("button", { name: `Suspend account behind post by @${second.username}` });
  await suspend.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: `Reports of the comment by @${second.username}` })).toHaveCount(0);
  await expect(groupOf(second.username)).toHaveCount(0);
  expect(questions).toEqual([expect.stringMatching(new RegExp(`^Suspend @${second.username}\\?`))]);
  await expect(groupOf(third.username).getByRole("heading", { name: `Post by @${third.username}` })).toBeFocused();
  await expect(page.locator("#announcements")).toHaveText("Account suspended.");
});

test("the moderation queue and a folded post are accessible in light and dark", async ({ browser, factories }) => {
  const [author, reporter, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(author.id, { contentWarning: "spoilers", images: [{ width: 60, height: 40, alt: "A cliff" }] });
  await factories.createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id });
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await page.goto("/admin/reports");
  await expect(page.getByRole("article", { name: `Reports of the post by @${author.username}` })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});

test("the moderation log is accessible in light and dark", async ({ browser, factories }) => {
  const [member, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  await factories.logModeration(admin.id, member);
  const page = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await page.goto("/admin/log");
  await expect(page.getByRole("listitem").filter({ hasText: `@${member.username}` }).first()).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});
