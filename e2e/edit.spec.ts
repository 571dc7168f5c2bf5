import type { Browser } from "@playwright/test";
import { expect as baseExpect, logInThroughApi, submit, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";
import { holdFormsSentTo } from "./support/held-forms";
import { EMPTY_EDIT_MESSAGE } from "@/lib/posts/schema";

// Editing a post (text, content warning and image descriptions), its "edited" mark and history;
// a post's own page (back link, full timestamp); times and counts on cards.

// Each test walks several pages, some in more than one browser, and checks each in two themes.
test.describe.configure({ timeout: 180_000 });

// Navigations and saves wait for a server action and a page render: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

async function likeAndComment(postId: string, fanId: string) {
  const { db } = await import("@/lib/db");
  await db.like.create({ data: { userId: fanId, postId } });
  await db.comment.create({ data: { postId, authorId: fanId, text: "Still here after the edit" } });
}

async function addImage(postId: string, alt: string) {
  const { db } = await import("@/lib/db");
  await db.postImage.create({ data: { postId, position: 0, fileKey: "e2e-missing.webp", width: 40, height: 30, alt } });
}

async function signedIn(browser: Browser, username: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await logInThroughApi(page, username, "correct horse battery");
  return page;
}

test("the author edits a post; it says edited, its history keeps the old version, likes and comments stay", async ({ browser, factories }) => {
  const [author, fan] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id, { text: "Fresh bread at the market today" });
  await likeAndComment(post.id, fan.id);
  await addImage(post.id, "A loaf");
  const page = await signedIn(browser, author.username);

  await page.goto(`/p/${post.id}`);
  const editLink = page.getByRole("link", { name: "Edit post" });
  await waitForHydration(editLink);
  await editLink.click();
  await expect(page).toHaveURL(`/p/${post.id}/edit`);
  await expect(page.getByLabel("Text")).toHaveValue("Fresh bread at the market today");
  // Open for typing, at the end of the text.
  await expect(page.getByLabel("Text")).toBeFocused();
  expect(await page.getByLabel("Text").evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd])).toEqual([31, 31]);
  await expect(page.getByLabel("Description of image 1")).toHaveValue("A loaf");
  await expectNoAxeViolationsLightAndDark(page, { label: "edit page" });

  await page.getByLabel("Text").fill("Fresh rye bread at the market today");
  await page.getByLabel("Description of image 1").fill("A dark rye loaf on a wooden board");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Post saved." })).toBeFocused();
  // Said once: the address no longer carries it.
  await expect(page).toHaveURL(`/p/${post.id}`);

  const card = page.getByRole("article", { name: /^Post by/ });
  await expect(card.getByText("Fresh rye bread at the market today")).toBeVisible();
  await expect(card.getByRole("link", { name: "Edited: see earlier versions" })).toBeVisible();
  await expect(card.getByRole("button", { name: "Like, 1 like" })).toBeVisible();
  await expect(page.getByText("Still here after the edit")).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, { label: "post page" });

  await card.getByRole("link", { name: "Edited: see earlier versions" }).click();
  await expect(page).toHaveURL(`/p/${post.id}/history`);
  await expect(page.getByRole("article", { name: "Current version" })).toContainText("Fresh rye bread at the market today");
  await expect(page.getByRole("article", { name: "Current version" })).toContainText("A dark rye loaf on a wooden board");
  await expect(page.getByRole("article", { name: "Original" })).toContainText("Fresh bread at the market today");
  await expect(page.getByRole("article", { name: "Original" })).toContainText("A loaf");
  await expectNoAxeViolationsLightAndDark(page, { label: "history page" });

  // Anyone who can see the post can see its history, signed in or not.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/p/${post.id}/history`);
  await expect(visitor.getByRole("article", { name: "Original" })).toContainText("Fresh bread at the market today");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the edit form saves, and a refusal keeps what was typed and changes nothing", async ({ page, factories }) => {
    const author = await factories.createUser();
    const post = await factories.createPost(author.id, { text: "Typed on a phone" });
    await logInThroughApi(page, author.username, factories.TEST_PASSWORD);

    await page.goto(`/p/${post.id}/edit`);
    await page.getByLabel("Text").fill("x".repeat(501));
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Keep it to 500 characters.")).toBeVisible();
    await expect(page.getByLabel("Text")).toHaveValue("x".repeat(501));
    await page.goto(`/p/${post.id}`);
    await expect(page.getByText("Typed on a phone")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edited: see earlier versions" })).toHaveCount(0);

    await page.goto(`/p/${post.id}/edit`);
    await page.getByLabel("Text").fill("Typed on a phone, then fixed");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`/p/${post.id}?post=edited`);
    await expect(page.getByRole("status").filter({ hasText: "Post saved." })).toBeFocused();
    await expect(page.getByText("Typed on a phone, then fixed")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edited: see earlier versions" })).toBeVisible();
  });

  test("the edit form adds a content warning, and refuses one too long as the composer does", async ({ page, factories }) => {
    const author = await factories.createUser();
    const post = await factories.createPost(author.id, { text: "The twist, told" });
    await logInThroughApi(page, author.username, factories.TEST_PASSWORD);
    const warningField = page.getByLabel("Content warning", { exact: true });

    await page.goto(`/p/${post.id}/edit`);
    await page.getByText("Add a content warning").click();
    // A browser keeps typing to the field's limit; a pasted or scripted value need not.
    await warningField.evaluate((input) => input.removeAttribute("maxlength"));
    await warningField.fill("w".repeat(101));
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Keep the content warning to 100 characters.")).toBeVisible();
    await expect(warningField).toHaveValue("w".repeat(101));
    await page.goto(`/p/${post.id}`);
    await expect(page.getByText("The twist, told")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edited: see earlier versions" })).toHaveCount(0);

    await page.goto(`/p/${post.id}/edit`);
    await page.getByText("Add a content warning").click();
    await warningField.fill("plot twist");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`/p/${post.id}?post=edited`);
    const card = page.getByRole("article", { name: /^Post by/ });
    await expect(card.getByText("The twist, told")).toBeHidden();
    await card.getByText("Content warning:").click();
    await expect(card.getByText("The twist, told")).toBeVisible();
  });
});

test("the author adds, changes and takes off a content warning; the history keeps each version's", async ({ page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "The butler did it" });
  await logInThroughApi(page, author.username, factories.TEST_PASSWORD);
  const card = page.getByRole("article", { name: /^Post by/ });
  const warningField = page.getByLabel("Content warning", { exact: true });

  await page.goto(`/p/${post.id}/edit`);
  await waitForHydration(page.getByLabel("Text"));
  await page.getByText("Add a content warning").click();
  await warningField.fill("book spoilers");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(card.getByText("book spoilers")).toBeVisible();
  await expect(card.getByText("The butler did it")).toBeHidden();

  await page.goto(`/p/${post.id}/edit`);
  await expect(warningField).toHaveValue("book spoilers");
  await waitForHydration(page.getByLabel("Text"));
  await warningField.fill("film spoilers");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(card.getByText("film spoilers")).toBeVisible();

  await page.goto(`/p/${post.id}/edit`);
  await waitForHydration(page.getByLabel("Text"));
  await warningField.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(card.getByText("The butler did it")).toBeVisible();
  await expect(card.getByText("Content warning:")).toHaveCount(0);

  await page.goto(`/p/${post.id}/history`);
  await expect(page.getByRole("article", { name: "Current version" }).getByText("The butler did it")).toBeVisible();
  const earlier = page.getByRole("article", { name: "Earlier version" });
  await expect(earlier.getByText("film spoilers")).toBeVisible();
  await expect(earlier.getByText("book spoilers")).toBeVisible();
  await expect(earlier.getByText("The butler did it")).toHaveCount(2);
  await expect(earlier.getByText("The butler did it").first()).toBeHidden();
});

test("a refused edit's message goes once the text is changed, and the counter speaks instead", async ({ page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Soon emptied" });
  await logInThroughApi(page, author.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/edit`);
  await waitForHydration(page.getByLabel("Text"));

  await page.getByLabel("Text").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(EMPTY_EDIT_MESSAGE)).toBeVisible();
  await expect(page.getByLabel("Text")).toBeFocused();
  await page.getByLabel("Text").fill("x".repeat(501));
  await expect(page.getByText("1 character over")).toBeVisible();
  await expect(page.getByText(EMPTY_EDIT_MESSAGE)).toHaveCount(0);
  await expect(page.getByLabel("Text")).not.toHaveAttribute("aria-invalid");
});

test("while an edit is being saved its fields are read-only and hold it, and a refusal keeps them and says why", async ({ page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Before the edit" });
  await logInThroughApi(page, author.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/edit`);
  const textBox = page.getByLabel("Text");
  const warningField = page.getByLabel("Content warning", { exact: true });
  await waitForHydration(textBox);
  await textBox.fill("After the edit");
  await page.getByText("Add a content warning").click();
  // A browser keeps typing to the field's limit; a pasted or scripted value need not.
  await warningField.evaluate((input) => input.removeAttribute("maxlength"));
  await warningField.fill("w".repeat(101));
  const release = await holdFormsSentTo(page, `/p/${post.id}/edit`);
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
  await expect(textBox).not.toBeEditable();
  await expect(textBox).toHaveValue("After the edit");
  await expect(warningField).not.toBeEditable();
  await expect(warningField).toHaveValue("w".repeat(101));
  release();

  await expect(page.getByText("Keep the content warning to 100 characters.")).toBeVisible();
  await expect(textBox).toHaveValue("After the edit");
  await expect(warningField).toHaveValue("w".repeat(101));
  await expect(textBox).toBeEditable();
  await expect(warningField).toBeEditable();
});

test("while an edit is being saved its text and image descriptions are read-only, and then the post shows them", async ({ page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Bread, unedited" });
  await addImage(post.id, "A loaf");
  await logInThroughApi(page, author.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/edit`);
  const textBox = page.getByLabel("Text");
  const description = page.getByLabel("Description of image 1");
  await waitForHydration(textBox);
  await textBox.fill("Bread, edited while held");
  await description.fill("A rye loaf");
  const release = await holdFormsSentTo(page, `/p/${post.id}/edit`);
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
  await expect(textBox).not.toBeEditable();
  await expect(textBox).toHaveValue("Bread, edited while held");
  await expect(description).not.toBeEditable();
  await expect(description).toHaveValue("A rye loaf");
  release();

  await expect(page).toHaveURL(`/p/${post.id}`);
  const card = page.getByRole("article", { name: /^Post by/ });
  await expect(card.getByText("Bread, edited while held")).toBeVisible();
  await expect(card.getByRole("img", { name: "A rye loaf" })).toBeAttached();
});

test("no one but the author reaches the edit page", async ({ browser, page, factories }) => {
  const [author, other] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id, { text: "Only mine to change" });

  await page.goto(`/p/${post.id}/edit`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  const intruder = await signedIn(browser, other.username);
  await intruder.goto(`/p/${post.id}`);
  await expect(intruder.getByText("Only mine to change")).toBeVisible();
  await expect(intruder.getByRole("link", { name: "Edit post" })).toHaveCount(0);
  const response = await intruder.goto(`/p/${post.id}/edit`);
  expect(response?.status()).toBe(404);
  await expect(intruder.getByRole("heading", { name: "This post isn’t here" })).toBeVisible();
});

test("a post's page leads back where the reader came from, and shows its full time in the reader's time zone", async ({ browser, factories }) => {
  const author = await factories.createUser();
  // 15:04 UTC is 00:04 the next day in Tokyo.
  const post = await factories.createPost(author.id, { text: "Posted just past midnight in Tokyo", createdAt: new Date("2026-06-01T15:04:00Z") });
  const page = await (await browser.newContext({ timezoneId: "Asia/Tokyo" })).newPage();

  await page.goto(`/p/${post.id}`);
  await expect(page.locator("main").getByRole("link", { name: "Home", exact: true })).toHaveAttribute("href", "/");
  await expect(page.locator("main time").filter({ hasText: "·" })).toHaveText(/^12:04\sAM · Jun 2, 2026$/);

  // Older than a week: the card shows the date; the title says the full time in Tokyo on hover.
  const cardTime = page.getByRole("article").locator("header time").first();
  await expect(cardTime).toHaveText("Jun 1");
  await cardTime.hover();
  await expect(cardTime).toHaveAttribute("title", /^Jun 2, 2026, 12:04\sAM$/);

  // Coming from the author's profile, the back link returns there.
  await page.goto(`/@${author.username}`);
  await page.getByRole("article").getByRole("link", { name: "Jun 1" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(page.locator("main").getByRole("link", { name: "Back", exact: true })).toHaveAttribute("href", `/@${author.username}`);
  await page.locator("main").getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(`/@${author.username}`);
});

test("cards show no zero counts, yet name them for screen readers", async ({ browser, page, factories }) => {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { text: "Nobody has reacted yet" });

  await page.goto(`/p/${post.id}`);
  const card = page.getByRole("article", { name: /^Post by/ });
  await expect(card.getByRole("link", { name: "0 likes" })).toHaveText("");
  await expect(card.getByRole("link", { name: "0 comments" })).toHaveText("");

  const reader = await signedIn(browser, (await factories.createUser()).username);
  await reader.goto(`/p/${post.id}`);
  const readersCard = reader.getByRole("article", { name: /^Post by/ });
  await expect(readersCard.getByRole("button", { name: "Like, 0 likes" })).toHaveText("");
  // The count shows at once; the scan waits for the server's answer and the page it brings.
  await submit(reader, readersCard.getByRole("button", { name: "Like, 0 likes" }));
  await expect(readersCard.getByRole("button", { name: "Like, 1 like", exact: true, pressed: true })).toHaveText("1");
  await expect(reader).toHaveTitle(/\S/);
  await expectNoAxeViolationsLightAndDark(reader, { label: "post page with hidden counts" });
});
