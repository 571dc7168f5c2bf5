import type { Page } from "@playwright/test";
import { expect, logInThroughApi, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

// Quote posts: "Quote" on a card opens the composer with the post in it; the
// quote shows the quoted post as a card, or "This post is unavailable" once
// that post is gone; the quote count leads to the quotes.

const cardWith = (page: Page, word: string) => page.getByRole("article").filter({ hasText: word }).first();

/** Quotes the post showing `word` on /explore with `text`, and waits for the home feed the composer leads back to. */
async function quoteFromExplore(page: Page, word: string, text: string) {
  await page.goto("/explore");
  await cardWith(page, word).getByRole("link", { name: "Quote this post" }).click();
  await page.waitForURL(/\/compose\?quote=/);
  await expect(page.getByRole("heading", { name: "Quote post" })).toBeVisible();
  await page.getByLabel("What’s happening?").fill(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

test("quotes someone's post with your own words, and the feed shows it embedded", async ({ loggedInPage: page, factories }) => {
  const author = await factories.createUser({ displayName: "Quoted Author" });
  const word = uniqueWord("original");
  await factories.createPost(author.id, { text: `Worth quoting: ${word}`, images: [{ width: 120, height: 80, alt: "A sunrise" }] });

  const mine = uniqueWord("mywords");
  await quoteFromExplore(page, word, `So true ${mine}`);

  const embed = cardWith(page, mine).getByRole("article", { name: "Quoted post by Quoted Author" });
  await expect(embed).toContainText(`Worth quoting: ${word}`);
  await expect(embed.getByRole("img", { name: "A sunrise" })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`Quote opens the composer with the box focused, and the home feed says it is posted, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({
    browser,
    factories,
  }) => {
    const [author, quoter] = await Promise.all([factories.createUser(), factories.createUser()]);
    const post = await factories.createPost(author.id);
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await logInThroughApi(page, quoter.username, factories.TEST_PASSWORD);
    await page.goto(`/p/${post.id}`);
    await page.getByRole("link", { name: "Quote this post" }).click();
    await page.waitForURL(/\/compose\?quote=/);
    const box = page.getByLabel("What’s happening?");
    await expect(box).toBeFocused();

    await page.keyboard.type(uniqueWord("typedhere"));
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Posted.");
    await expect(page.getByRole("status")).toBeFocused();
    // With JavaScript the notice is said once: the address drops it (PostOutcomeNotice).
    await expect(page).toHaveURL(javaScriptEnabled ? "/" : "/?post=posted");
  });
}

test("the composer shows the post being quoted", async ({ loggedInPage: page, factories }) => {
  const author = await factories.createUser({ displayName: "Quoted Author" });
  const word = uniqueWord("preview");
  const original = await factories.createPost(author.id, { text: `About to be quoted: ${word}` });

  await page.goto(`/compose?quote=${original.id}`);
  await expect(page.getByRole("heading", { name: "Quote post" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Quoted post by Quoted Author" })).toContainText(word);
  await expectNoAxeViolations(page);
});

test("a quote whose post is deleted while it is written loses the quote, says so, and posts the words alone", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser({ displayName: "Fickle Author" });
  const original = await factories.createPost(author.id, { text: "Soon to be deleted" });
  await page.goto(`/compose?quote=${original.id}`);
  const box = page.getByLabel("What’s happening?");
  await waitForHydration(box);
  const mine = uniqueWord("orphan");
  await box.fill(`My take ${mine}`);
  const { db } = await import("@/lib/db");
  await db.post.delete({ where: { id: original.id } });

  await page.getByRole("button", { name: "Post", exact: true }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "The post you are quoting was deleted" });
  await expect(refusal).toBeFocused();
  await expect(page.getByRole("article", { name: "Quoted post by Fickle Author" })).toHaveCount(0);
  await expect(box).toHaveValue(`My take ${mine}`);

  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(cardWith(page, mine)).toBeVisible();
  expect(await db.post.findFirstOrThrow({ where: { authorId: user.id }, select: { text: true, quotedPostId: true } })).toEqual({ text: `My take ${mine}`, quotedPostId: null });
});

test("the quote count lists the posts that quote a post", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const mine = uniqueWord("listed");
  const original = await factories.createPost(author.id, { text: "Quote me" });
  await factories.createPost(user.id, { text: `Quoting it ${mine}`, quotedPostId: original.id });

  await page.goto(`/p/${original.id}`);
  await page.getByRole("link", { name: "1 quote", exact: true }).click();
  await page.waitForURL(`**/p/${original.id}/quotes`);
  await expect(page.getByRole("heading", { name: "Quotes" })).toBeVisible();
  await expect(cardWith(page, mine)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a quote count whose quotes the reader's mute hides says so, rather than that no one quoted it", async ({ loggedInPage: page, user, factories }) => {
  const [author, quoter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const original = await factories.createPost(author.id, { text: "Quote me, muted" });
  await factories.createPost(quoter.id, { text: "Quoting it", quotedPostId: original.id });
  const { db } = await import("@/lib/db");
  await db.mute.create({ data: { muterId: user.id, mutedId: quoter.id } });

  await page.goto(`/p/${original.id}/quotes`);
  await expect(page.getByText("1 quote", { exact: true })).toBeVisible();
  await expect(page.getByText("Its quotes are hidden by your blocks, mutes or muted words.")).toBeVisible();
  await expect(page.getByText("No one has quoted this post yet.")).toHaveCount(0);
});

test("a quote of a deleted post says the post is unavailable", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  const [word, mine] = [uniqueWord("doomed"), uniqueWord("survivor")];
  const original = await factories.createPost(author.id, { text: `Soon deleted: ${word}` });
  await factories.createPost(user.id, { text: `Quoting it ${mine}`, quotedPostId: original.id });
  await page.goto(`/@${user.username}`);
  await expect(cardWith(page, mine)).toContainText(word);

  const { db } = await import("@/lib/db");
  await db.post.delete({ where: { id: original.id } });
  await page.reload();
  await expect(cardWith(page, mine).getByText("This post is unavailable")).toBeVisible();
  await expect(cardWith(page, mine)).not.toContainText(word);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Quote link and the composer are plain pages and forms", async ({ loggedInPage: page, factories }) => {
    const author = await factories.createUser({ displayName: "Plain Author" });
    const word = uniqueWord("noscript");
    await factories.createPost(author.id, { text: `Plain HTML: ${word}` });

    const mine = uniqueWord("plainquote");
    await quoteFromExplore(page, word, `Agreed ${mine}`);
    await expect(cardWith(page, mine).getByRole("article", { name: "Quoted post by Plain Author" })).toContainText(word);
  });
});

test("a quote count stays beside its quotation marks at every phone width", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id, { text: uniqueWord("wrapping") });
  const quoter = await factories.createUser();
  await factories.createPost(quoter.id, { quotedPostId: post.id });
  for (let comment = 0; comment < 12; comment++) await factories.createComment(post.id, quoter.id);
  for (const liker of await Promise.all([1, 2, 3].map(() => factories.createUser()))) await factories.createLike(liker.id, post.id);

  await page.goto(`/p/${post.id}`);
  const card = page.getByRole("article").first();
  const marks = card.getByRole("link", { name: "Quote this post" });
  const count = card.getByRole("link", { name: "1 quote", exact: true });
  // The footer wraps somewhere between these widths; wherever it does, the two stay on one line.
  for (let width = 280; width <= 480; width += 4) {
    await page.setViewportSize({ width, height: 800 });
    const [marksBox, countBox] = await Promise.all([marks.boundingBox(), count.boundingBox()]);
    expect(Math.abs((marksBox?.y ?? 0) - (countBox?.y ?? 100)), `at ${width} px`).toBeLessThan(4);
  }
});
