import type { Browser, Page } from "@playwright/test";
import { expect, logInThroughApi, submit, test } from "./support/fixtures";

// Admins remove other people's posts and comments and suspend accounts.

async function loggedInBrowser(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logInThroughApi(page, username, password);
  return page;
}

function uniqueWord(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}

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

test("a suspended member is logged out, cannot log back in, and disappears", async ({ browser, factories }) => {
  const [member, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const word = uniqueWord("suspended");
  await factories.createPost(member.id, { text: `Something about ${word}` });
  const memberPage = await loggedInBrowser(browser, member.username, factories.TEST_PASSWORD);
  await memberPage.goto("/");
  await expect(memberPage.getByRole("button", { name: "Log out" })).toBeVisible();

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/@${member.username}`);
  adminPage.on("dialog", (dialog) => dialog.accept());
  await submit(adminPage, adminPage.getByRole("button", { name: `Suspend @${member.username}`, exact: true }));
  await expect(adminPage.getByText("Suspended", { exact: true })).toBeVisible();
  await expect(adminPage.getByRole("button", { name: `Unsuspend @${member.username}`, exact: true })).toBeVisible();

  // The member's open session has ended.
  await memberPage.goto("/");
  await expect(memberPage.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Log out" })).toHaveCount(0);

  // A wrong password gets the usual answer; only the right one learns about the suspension.
  await memberPage.goto("/login");
  await memberPage.getByLabel("Username or email").fill(member.username);
  await memberPage.getByLabel("Password").fill("not the password");
  await submit(memberPage, "Log in");
  await expect(memberPage.getByText("Wrong username, email or password.")).toBeVisible();
  await memberPage.getByLabel("Username or email").fill(member.username);
  await memberPage.getByLabel("Password").fill(factories.TEST_PASSWORD);
  await submit(memberPage, "Log in");
  await expect(memberPage.getByText("This account is suspended.")).toBeVisible();
  await expect(memberPage).toHaveURL(/\/login/);

  // Their profile and posts are gone for everyone but admins.
  expect((await memberPage.goto(`/@${member.username}`))?.status()).toBe(404);
  await memberPage.goto("/explore");
  await expect(memberPage.getByText(word)).toHaveCount(0);

  // Lifting the suspension lets them back in.
  await submit(adminPage, adminPage.getByRole("button", { name: `Unsuspend @${member.username}`, exact: true }));
  await expect(adminPage.getByRole("button", { name: `Suspend @${member.username}`, exact: true })).toBeVisible();
  await memberPage.goto("/login");
  await memberPage.getByLabel("Username or email").fill(member.username);
  await memberPage.getByLabel("Password").fill(factories.TEST_PASSWORD);
  await memberPage.getByRole("button", { name: "Log in" }).click();
  await expect(memberPage.getByRole("button", { name: "Log out" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

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
    await expect(page).toHaveURL(`/p/${post.id}#comments`);
    await expect(page.getByText("No comments yet. Start the conversation.")).toBeVisible();
    await expect(page.getByText(word)).toHaveCount(0);
  });
});
