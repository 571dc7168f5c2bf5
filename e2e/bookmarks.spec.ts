import type { Page } from "@playwright/test";
import { expect, loggedInBrowser, submit, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

// Bookmarks: a button under every post for a signed-in reader, and a private
// /bookmarks page listing what they saved, newest bookmarked first.

const cardWith = (page: Page, word: string) => page.getByRole("article").filter({ hasText: word });
const bookmarkButton = (page: Page, word: string) => cardWith(page, word).getByRole("button", { name: "Bookmark" });

test("bookmarks a post from the feed, finds it on /bookmarks, and takes it back", async ({ loggedInPage: page, factories }) => {
  const author = await factories.createUser();
  const word = uniqueWord("keepsake");
  await factories.createPost(author.id, { text: `Worth keeping: ${word}` });

  await page.goto("/explore");
  await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "false");
  await submit(page, bookmarkButton(page, word));
  await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Bookmarks" }).click();
  await page.waitForURL("**/bookmarks");
  await expect(page.getByRole("heading", { name: "Bookmarks" })).toBeVisible();
  await expect(cardWith(page, word)).toBeVisible();
  await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "true");

  // Taken back, the post leaves the page as the server renders it again.
  await submit(page, bookmarkButton(page, word));
  await expect(page.getByText("No bookmarks yet.")).toBeVisible();
  await expect(cardWith(page, word)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("No bookmarks yet.")).toBeVisible();
});

test("with JavaScript, taking a bookmark back on /bookmarks moves focus to the next card, else the one before, else the heading", async ({
  loggedInPage: page,
  user,
  factories,
}) => {
  const author = await factories.createUser();
  const { db } = await import("@/lib/db");
  for (const [text, minutes] of [["The oldest", 3], ["The middle one", 2], ["The newest", 1]] as const) {
    const post = await factories.createPost(author.id, { text });
    await db.bookmark.create({ data: { userId: user.id, postId: post.id, createdAt: new Date(Date.now() - minutes * 60_000) } });
  }
  await page.goto("/bookmarks");
  // A card's first control is its author's name (the picture repeats that link for the pointer only).
  const firstControlOf = (text: string) => cardWith(page, text).getByRole("link", { name: author.displayName, exact: true });
  await waitForHydration(bookmarkButton(page, "The middle one"));

  await bookmarkButton(page, "The middle one").press("Enter");
  await expect(cardWith(page, "The middle one")).toHaveCount(0);
  await expect(firstControlOf("The oldest")).toBeFocused();

  await bookmarkButton(page, "The oldest").press("Enter");
  await expect(cardWith(page, "The oldest")).toHaveCount(0);
  await expect(firstControlOf("The newest")).toBeFocused();

  await bookmarkButton(page, "The newest").press("Enter");
  await expect(page.getByText("No bookmarks yet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Bookmarks" })).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the bookmark button is a plain form that posts the wanted state", async ({ loggedInPage: page, factories }) => {
    const author = await factories.createUser();
    const word = uniqueWord("plainform");
    await factories.createPost(author.id, { text: `No scripts needed: ${word}` });

    await page.goto("/explore");
    await bookmarkButton(page, word).click();
    await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "true");
    await page.goto("/bookmarks");
    await expect(cardWith(page, word)).toBeVisible();

    // The form answers with /bookmarks rendered again, where the post no longer is.
    await bookmarkButton(page, word).click();
    await expect(page.getByText("No bookmarks yet.")).toBeVisible();
    await expect(cardWith(page, word)).toHaveCount(0);
    await page.goto("/explore");
    await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "false");
  });

  test("taking a bookmark back lands on the card that takes its place, else the one before, else the top", async ({ loggedInPage: page, user, factories }) => {
    const author = await factories.createUser();
    const { db } = await import("@/lib/db");
    // Bookmark 1 the newest bookmarked, so the list shows them in order.
    for (let index = 1; index <= 8; index++) {
      const post = await factories.createPost(author.id, { text: `Bookmark ${index}` });
      await db.bookmark.create({ data: { userId: user.id, postId: post.id, createdAt: new Date(Date.now() - index * 60_000) } });
    }
    await page.goto("/bookmarks");

    await bookmarkButton(page, "Bookmark 7").click();
    await expect(cardWith(page, "Bookmark 7")).toHaveCount(0);
    await expect(cardWith(page, "Bookmark 8")).toBeInViewport();
    await expect(cardWith(page, "Bookmark 1")).not.toBeInViewport();

    // The last card gone, the one before it is where the reader was.
    await bookmarkButton(page, "Bookmark 8").click();
    await expect(cardWith(page, "Bookmark 8")).toHaveCount(0);
    await expect(cardWith(page, "Bookmark 6")).toBeInViewport();
    await expect(cardWith(page, "Bookmark 1")).not.toBeInViewport();
  });
});

test("a suspended author's post leaves the page, and no one else sees your bookmarks", async ({ browser, factories, loggedInPage: page }) => {
  const [author, admin, other] = await Promise.all([
    factories.createUser(),
    factories.createUser({ role: "ADMIN" }),
    factories.createUser(),
  ]);
  const word = uniqueWord("vanishing");
  const post = await factories.createPost(author.id, { text: `Soon hidden: ${word}` });

  await page.goto(`/p/${post.id}`);
  await submit(page, bookmarkButton(page, word));
  await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "true");
  await page.goto("/bookmarks");
  await expect(cardWith(page, word)).toBeVisible();

  // Someone else's /bookmarks is their own; a visitor is sent to log in.
  const otherPage = await loggedInBrowser(browser, other.username, factories.TEST_PASSWORD);
  await otherPage.goto("/bookmarks");
  await expect(otherPage.getByText("No bookmarks yet.")).toBeVisible();
  await expect(cardWith(otherPage, word)).toHaveCount(0);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/bookmarks");
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=%2Fbookmarks$/);

  const adminPage = await loggedInBrowser(browser, admin.username, factories.TEST_PASSWORD);
  await adminPage.goto(`/@${author.username}`);
  adminPage.on("dialog", (dialog) => dialog.accept());
  await submit(adminPage, adminPage.getByRole("button", { name: `Suspend @${author.username}`, exact: true }));
  await expect(adminPage.getByText("Suspended", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Bookmarks" })).toBeVisible();
  await expect(cardWith(page, word)).toHaveCount(0);
});

test("the bookmarks page has no accessibility violations in the light and the dark theme, empty or not", async ({ loggedInPage: page, factories }) => {
  await page.goto("/bookmarks");
  await expect(page.getByText("No bookmarks yet.")).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, { label: "no bookmarks" });

  const author = await factories.createUser();
  const word = uniqueWord("contrast");
  await factories.createPost(author.id, { text: `Seen in both themes: ${word}` });
  await page.goto("/explore");
  await submit(page, bookmarkButton(page, word));
  await expect(bookmarkButton(page, word)).toHaveAttribute("aria-pressed", "true");
  await page.goto("/bookmarks");
  await expect(cardWith(page, word)).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, { label: "a bookmark" });
});
