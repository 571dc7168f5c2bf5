import type { Page } from "@playwright/test";
import { expect, formsSentByReloadingTwice, loggedInBrowser, logInThroughApi, submit, test, uniqueWord } from "./support/fixtures";
import { waitForHydration } from "./support/hydration";

// Admins remove other people's posts and comments and suspend accounts.

test("an admin removes someone else's post, which no one else could", async ({ browser, factories }) => {
  const [author, reader, admin] = await Promise.all([
    factories.createUser(),
    factories.createUser(),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const word = uniqueWord("offtopic");
  const post = await factories.createPost(author.id, { text: `Buy cheap ${word} now` });

  // A regular reader has no Remove control on someone else's post.
  const readerPage = await loggedInBrowser(browser, reader.username, factories.TEST_PASSWORD);
  await readerPage.goto(`/p/${post.id}`);
  await expect(readerPage.getByText(word)).toBeVisible();
  await expect(readerPage.getByRole("button", { name: "Remove post" })).toHaveCount(0);
  await expect(readerPage.getByRole("button", { name: "Delete" })).toHaveCount(0);

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto("/explore");
  const card = adminPage.getByRole("article").filter({ hasText: word });
  await expect(card).toBeVisible();
  adminPage.on("dialog", (dialog) => dialog.accept());
  await submit(adminPage, card.getByRole("button", { name: "Remove post" }));
  await expect(adminPage.getByRole("article").filter({ hasText: word })).toHaveCount(0);

  expect((await readerPage.goto(`/p/${post.id}`))?.status()).toBe(404);
  await readerPage.goto(`/@${author.username}`);
  await expect(readerPage.getByText(word)).toHaveCount(0);
});

test("on a phone, an admin's Remove is a bin on the line of the card's other buttons", async ({ browser, factories }) => {
  const [author, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const word = uniqueWord("crowded");
  const post = await factories.createPost(author.id, { text: `A liked and discussed ${word}` });
  await factories.createLike(author.id, post.id);
  await factories.createComment(post.id, author.id);
  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.setViewportSize({ width: 390, height: 844 });
  await adminPage.goto("/explore");

  const card = adminPage.getByRole("article").filter({ hasText: word });
  const like = (await card.getByRole("button", { name: /^Like/ }).boundingBox())!;
  const remove = (await card.getByRole("button", { name: "Remove post" }).boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(Math.abs(remove.y + remove.height / 2 - (like.y + like.height / 2))).toBeLessThan(4);
  expect(remove.width).toBeLessThanOrEqual(40);
  expect(remove.x + remove.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  // From 640 px the word is back.
  await adminPage.setViewportSize({ width: 800, height: 844 });
  expect((await card.getByRole("button", { name: "Remove post" }).boundingBox())!.width).toBeGreaterThan(50);
});

test("an admin suspends a member, whose open session ends", async ({ browser, factories }) => {
  const [member, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const memberPage = await loggedInBrowser(browser, member.username, factories.TEST_PASSWORD);
  await memberPage.goto("/");
  await expect(memberPage.getByRole("button", { name: "Log out" })).toBeVisible();

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/@${member.username}`);
  adminPage.on("dialog", (dialog) => dialog.accept());
  await submit(adminPage, adminPage.getByRole("button", { name: `Suspend @${member.username}`, exact: true }));
  await expect(adminPage.getByText("Suspended", { exact: true })).toBeVisible();
  await expect(adminPage.getByRole("button", { name: `Unsuspend @${member.username}`, exact: true })).toBeFocused();
  await expect(adminPage.locator("#announcements")).toHaveText("Account suspended.");

  await memberPage.goto("/");
  await expect(memberPage.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Log out" })).toHaveCount(0);
});

async function tryToLogIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await submit(page, "Log in");
}

test("a suspended member learns of the suspension only with the right password", async ({ page, factories }) => {
  const member = await factories.createUser({ suspended: true });
  await page.goto("/login");
  await tryToLogIn(page, member.username, "not the password");
  await expect(page.getByText("Wrong username, email or password.")).toBeVisible();
  await tryToLogIn(page, member.username, factories.TEST_PASSWORD);
  // When, and where to appeal: the address the operator gave (MODERATORS_EMAIL, scripts/e2e-server.ts).
  await expect(page.getByText(/^This account was suspended/)).toHaveText(
    /^This account was suspended on \w+ \d{1,2}, \d{4}\. If you think this is a mistake, write to moderators@commons\.test to ask the moderators to look at it again\.$/,
  );
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
});

test("a suspended member's profile says so, and it and the posts are gone for everyone but admins", async ({ browser, page, factories }) => {
  const { db } = await import("@/lib/db");
  const [member, admin] = await Promise.all([
    factories.createUser({ suspended: true }),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const word = uniqueWord("suspended");
  const bio = uniqueWord("bio");
  await db.user.update({ where: { id: member.id }, data: { bio: `All about ${bio}` } });
  await factories.createPost(member.id, { text: `Something about ${word}` });

  expect((await page.goto(`/@${member.username}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This account has been suspended" })).toBeVisible();
  await expect(page).toHaveTitle(/^Account suspended/);
  await expect(page.getByText(member.displayName)).toHaveCount(0);
  await expect(page.getByText(bio)).toHaveCount(0);
  await expect(page.getByText(word)).toHaveCount(0);
  for (const list of ["followers", "following"]) {
    expect((await page.goto(`/@${member.username}/${list}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This account has been suspended" })).toBeVisible();
    await expect(page).toHaveTitle(/^Account suspended/);
  }
  await page.goto("/explore");
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByText(word)).toHaveCount(0);

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/@${member.username}`);
  await expect(adminPage.getByText("Suspended", { exact: true })).toBeVisible();
});

test("lifting a suspension lets the member log back in", async ({ browser, page, factories }) => {
  const [member, admin] = await Promise.all([
    factories.createUser({ suspended: true }),
    factories.createUser({ role: "ADMIN" }),
  ]);
  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/@${member.username}`);
  // By keyboard: it goes on at the button that takes the pressed one's place.
  const unsuspend = adminPage.getByRole("button", { name: `Unsuspend @${member.username}`, exact: true });
  await waitForHydration(unsuspend);
  await unsuspend.focus();
  await adminPage.keyboard.press("Enter");
  await expect(adminPage.getByRole("button", { name: `Suspend @${member.username}`, exact: true })).toBeFocused();
  await expect(adminPage.locator("#announcements")).toHaveText("Suspension lifted.");

  await page.goto("/login");
  await tryToLogIn(page, member.username, factories.TEST_PASSWORD);
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("with JavaScript, an admin who removes someone else's comment from its own page is told it was removed", async ({ browser, factories }) => {
  const [author, commenter, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(author.id);
  const word = uniqueWord("rude");
  const comment = await factories.createComment(post.id, commenter.id, { text: `You are ${word}` });
  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/p/${post.id}/c/${comment.id}`);
  const remove = adminPage.getByRole("button", { name: "Remove comment" });
  await waitForHydration(remove);
  adminPage.once("dialog", (dialog) => void dialog.accept());
  await remove.click();
  await expect(adminPage).toHaveURL(`/p/${post.id}?comment=removed`);
  await expect(adminPage.getByRole("status")).toHaveText("Comment removed.");
  await expect(adminPage.getByText(word)).toHaveCount(0);
});

test("the author of a post or comment moderators removed is told so on its page, with what it was reported as; no one else is", async ({ browser, factories }) => {
  const [author, reader, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(author.id, { text: `Buy cheap ${uniqueWord("pills")} now` });
  const elsewhere = await factories.createPost(reader.id);
  const comment = await factories.createComment(elsewhere.id, author.id, { text: `You are ${uniqueWord("rude")}` });
  await factories.createReport(reader.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { reason: "SPAM" });

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  adminPage.on("dialog", (dialog) => void dialog.accept());
  await adminPage.goto(`/p/${post.id}`);
  await waitForHydration(adminPage.getByRole("button", { name: "Remove post" }));
  await submit(adminPage, "Remove post");
  await adminPage.goto(`/p/${elsewhere.id}/c/${comment.id}`);
  await waitForHydration(adminPage.getByRole("button", { name: "Remove comment" }));
  await adminPage.getByRole("button", { name: "Remove comment" }).click();
  await expect(adminPage).toHaveURL(`/p/${elsewhere.id}?comment=removed`);

  const authorPage = await loggedInBrowser(browser, author.username, factories.TEST_PASSWORD);
  await authorPage.goto(`/p/${post.id}`);
  await expect(authorPage.getByRole("heading", { name: "Your post was removed by moderators" })).toBeVisible();
  await expect(authorPage.getByText("Reported as: Spam. Others see only that it isn’t here.")).toBeVisible();
  await expect(authorPage).toHaveTitle(/^Post removed by moderators/);
  await authorPage.goto(`/p/${elsewhere.id}/c/${comment.id}`);
  await expect(authorPage.getByRole("heading", { name: "Your comment was removed by moderators" })).toBeVisible();
  await expect(authorPage.getByText("Others see only that it isn’t here.")).toBeVisible();

  const readerPage = await loggedInBrowser(browser, reader.username, factories.TEST_PASSWORD);
  expect((await readerPage.goto(`/p/${post.id}`))?.status()).toBe(404);
  await expect(readerPage.getByRole("heading", { name: "This post isn’t here" })).toBeVisible();
  await expect(readerPage.getByText("It may have been deleted.", { exact: true })).toBeVisible();
  await expect(readerPage.getByText(/moderators/i)).toHaveCount(0);
  expect((await readerPage.goto(`/p/${elsewhere.id}/c/${comment.id}`))?.status()).toBe(404);
  await expect(readerPage.getByRole("heading", { name: "This comment isn’t here" })).toBeVisible();
});

test("the author of a comment moderators removed, kept for its replies, is told so in its thread, with and without JavaScript; others read it was deleted", async ({ browser, factories }) => {
  const [author, reader, admin] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(reader.id);
  const comment = await factories.createComment(post.id, author.id, { text: `You are ${uniqueWord("rude")}` });
  const reply = uniqueWord("kindly");
  await factories.createComment(post.id, reader.id, { text: `Please say that ${reply}`, parentId: comment.id });
  await factories.createReport(reader.id, { targetType: "COMMENT", targetId: comment.id, accountId: author.id }, { reason: "HARASSMENT" });

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD, false);
  await adminPage.goto(`/p/${post.id}`);
  // The comment's Remove comes before its reply's.
  await adminPage.getByRole("button", { name: "Remove comment" }).first().click();
  await expect(adminPage.getByRole("heading", { name: "Remove this comment?" })).toBeVisible();
  await adminPage.getByRole("button", { name: "Remove comment" }).click();
  await expect(adminPage).toHaveURL(`/p/${post.id}?comment=removed`);
  await expect(adminPage.getByText(/^This comment was deleted/)).toBeVisible();

  const told = "Your comment was removed by moderators. Reported as: Harassment or bullying. Others see “This comment was deleted”.";
  const places = [`/p/${post.id}`, `/p/${post.id}/c/${comment.id}`];
  for (const javaScriptEnabled of [true, false]) {
    const authorPage = await loggedInBrowser(browser, author.username, factories.TEST_PASSWORD, javaScriptEnabled);
    for (const place of places) {
      await authorPage.goto(place);
      await expect(authorPage.getByText(told)).toBeVisible();
      await expect(authorPage.getByText(reply)).toBeVisible();
      await expect(authorPage.getByText(/^This comment was deleted/)).toHaveCount(0);
    }
  }
  const readerPage = await loggedInBrowser(browser, reader.username, factories.TEST_PASSWORD);
  for (const place of places) {
    await readerPage.goto(place);
    await expect(readerPage.getByText(/^This comment was deleted/)).toBeVisible();
    await expect(readerPage.getByText(reply)).toBeVisible();
    await expect(readerPage.getByText(/moderators/i)).toHaveCount(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lifting a suspension leads back to the profile afresh, and reloading it sends nothing again", async ({ page, factories }) => {
    const [member, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
    const { db } = await import("@/lib/db");
    await db.user.update({ where: { id: member.id }, data: { suspendedAt: new Date() } });
    await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
    await page.goto(`/@${member.username}`);
    await page.getByRole("button", { name: `Unsuspend @${member.username}`, exact: true }).click();
    await expect(page.getByRole("button", { name: `Suspend @${member.username}`, exact: true })).toBeVisible();
    await expect(page.getByRole("dialog", { name: "Done" }).getByRole("status")).toHaveText("Suspension lifted.");
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedAt).toBeNull();
  });

  test("an admin removes someone else's comment", async ({ page, factories }) => {
    const [author, commenter, admin] = await Promise.all([
      factories.createUser(),
      factories.createUser(),
      factories.createUser({ role: "ADMIN" }),
    ]);
    const post = await factories.createPost(author.id);
    const word = uniqueWord("rude");
    await factories.createComment(post.id, commenter.id, { text: `You are ${word}` });

    await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
    await page.goto(`/p/${post.id}`);
    await expect(page.getByText(word)).toBeVisible();
    await page.getByRole("button", { name: "Remove comment" }).click();
    // Without JavaScript, the button asks on a page of its own.
    await expect(page.getByRole("heading", { name: "Remove this comment?" })).toBeVisible();
    await page.getByRole("button", { name: "Remove comment" }).click();
    await expect(page).toHaveURL(`/p/${post.id}?comment=removed`);
    await expect(page.getByRole("status")).toHaveText("Comment removed.");
    await expect(page.getByText("No comments yet. Start the conversation.")).toBeVisible();
    await expect(page.getByText(word)).toHaveCount(0);
  });
});
