import { expect, loggedInBrowser, submit, test, uniqueWord } from "./support/fixtures";

// Content warnings: a post folded behind its warning, how it opens, and how an author adds one.

for (const javaScriptEnabled of [true, false]) {
  test(`a post with a content warning shows folded on home and opens ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser, factories }) => {
    const [author, reader] = await Promise.all([factories.createUser(), factories.createUser()]);
    await factories.createFollow(reader.id, author.id);
    const text = uniqueWord("ending");
    await factories.createPost(author.id, { text, contentWarning: "film spoilers" });
    const page = await loggedInBrowser(browser, reader.username, factories.TEST_PASSWORD, javaScriptEnabled);
    await page.goto("/");
    const card = page.getByRole("article", { name: `Post by ${author.displayName}` });
    await expect(card.getByText("film spoilers")).toBeVisible();
    await expect(card.getByText(text)).toBeHidden();

    await card.getByText("Content warning:").click();
    await expect(card.getByText(text)).toBeVisible();
  });
}

test("a post's page behind a content warning is titled by the warning, not by its words", async ({ page, factories }) => {
  const author = await factories.createUser({ displayName: "Bruno Titled" });
  const post = await factories.createPost(author.id, { text: "Hello … https://example.com/the-butler-did-it", contentWarning: "book spoilers" });
  await page.goto(`/p/${post.id}`);
  await expect(page).toHaveTitle("Bruno Titled: CW book spoilers · Commons");
});

test("on a folded post's warning line only Show is underlined, not the · before it", async ({ page, factories }) => {
  const post = await factories.createPost((await factories.createUser()).id, { contentWarning: "spoilers" });
  await page.goto(`/p/${post.id}`);
  const summary = page.getByRole("article", { name: /^Post by/ }).locator("summary");
  await expect(summary).toHaveText(/^Content warning: spoilers\s·\s*$/);
  // Show (Hide once open) comes from the stylesheet, and is all that is underlined.
  const toggle = () => summary.evaluate((element) => [getComputedStyle(element, "::after").content, getComputedStyle(element, "::after").textDecorationLine]);
  expect(await toggle()).toEqual(['"Show"', "underline"]);
  await summary.click();
  expect(await toggle()).toEqual(['"Hide"', "underline"]);
});

test("an author adds a content warning from the compose box", async ({ loggedInPage: page }) => {
  const text = uniqueWord("plot");
  await page.goto("/");
  await page.getByLabel("What’s happening?").fill(text);
  await page.getByText("Add a content warning").click();
  await page.getByLabel("Content warning", { exact: true }).fill("plot twist");
  await submit(page, "Post");
  const card = page.getByRole("article").filter({ hasText: "plot twist" });
  await expect(card).toBeVisible();
  await expect(card.getByText(text)).toBeHidden();
});
