import type { Page } from "@playwright/test";
import { expect, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// Mentions and hashtags: "@name" links to a profile when the account exists,
// "#tag" links to the tag's page (a keyset feed), search finds "#tag", and
// explore shows the tags trending today.

const cardWith = (page: Page, text: string) => page.getByRole("article").filter({ hasText: text });

test("a mention typed in the compose box links to the profile, and an unknown name stays text", async ({ loggedInPage: page, factories }) => {
  const friend = await factories.createUser();
  const word = uniqueWord("hello");
  await page.goto("/");
  // Its scripts have started: they take away the description fields of a page without them.
  await expect(page.getByText("Describe your images")).toHaveCount(0);
  await page.getByLabel("What’s happening?").fill(`${word} @${friend.username.toUpperCase()} and @nobody_${word}`);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByText("Posted.")).toBeVisible();

  const card = cardWith(page, word);
  await expect(card.getByRole("link", { name: `@${friend.username.toUpperCase()}` })).toHaveAttribute("href", `/@${friend.username}`);
  await expect(card.getByRole("link", { name: `@nobody_${word}` })).toHaveCount(0);
  await expect(card).toContainText(`@nobody_${word}`);
});

test("a tag in a post links to the tag's page, which shows the post", async ({ page, factories }) => {
  const author = await factories.createUser();
  const tag = uniqueWord("garden");
  await factories.createPost(author.id, { text: `Planting today #${tag.toUpperCase()}` });

  await page.goto(`/@${author.username}`);
  await cardWith(page, "Planting today").getByRole("link", { name: `#${tag.toUpperCase()}` }).click();
  await page.waitForURL(`**/tags/${tag}`);
  await expect(page.getByRole("heading", { name: `#${tag}` })).toBeVisible();
  await expect(cardWith(page, tag.toUpperCase())).toHaveCount(1);
});

test("searching for a #tag finds its posts", async ({ page, factories }) => {
  const author = await factories.createUser();
  const tag = uniqueWord("sought");
  await factories.createPost(author.id, { text: `Planting today #${tag}` });

  await page.goto(`/search?q=%23${tag}`);
  await expect(page.getByRole("navigation", { name: "Result type" }).getByRole("link", { name: /Posts/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("article").filter({ hasText: "Planting today" })).toHaveCount(1);
});

test("explore shows the tags trending today, linking to their pages", async ({ page, factories }) => {
  const tag = uniqueWord("trend");
  const people = await Promise.all(Array.from({ length: 6 }, () => factories.createUser()));
  for (const person of people) await factories.createPost(person.id, { text: `Talking about #${tag}` });

  await page.goto("/explore");
  const trending = page.getByRole("region", { name: "Trending today" });
  const link = trending.getByRole("link", { name: new RegExp(`#${tag}`) });
  await expect(link).toContainText("6 posts · 6 people");
  await link.click();
  await page.waitForURL(`**/tags/${tag}`);
  await expect(page.getByRole("article")).toHaveCount(6);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the tag page pages with an Older posts link, and its links work", async ({ page, factories }) => {
    const author = await factories.createUser();
    const friend = await factories.createUser();
    const tag = uniqueWord("plain");
    const start = Date.now() - 3_600_000;
    for (let index = 0; index < 22; index++) {
      await factories.createPost(author.id, { text: `Number ${index} #${tag} with @${friend.username}`, createdAt: new Date(start + index * 1000) });
    }

    await page.goto(`/tags/${tag.toUpperCase()}`);
    await page.waitForURL(`**/tags/${tag}`);
    await expect(page.getByRole("article")).toHaveCount(20);
    await expect(cardWith(page, "Number 21 ")).toBeVisible();
    await page.getByRole("link", { name: "Older posts" }).click();
    await page.waitForURL(/cursor=/);
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(cardWith(page, "Number 0 ")).toBeVisible();

    await cardWith(page, "Number 0 ").getByRole("link", { name: `@${friend.username}` }).click();
    await page.waitForURL(`**/@${friend.username}`);
  });
});

test("the tag page has no accessibility violations in the light and the dark theme", async ({ page, factories }) => {
  const author = await factories.createUser();
  const tag = uniqueWord("axe");
  await factories.createPost(author.id, { text: `A long address https://example.com/a/very/long/path/to/something and #${tag}` });
  await page.goto(`/tags/${tag}`);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expectNoAxeViolationsLightAndDark(page);
});
