import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Arabic and Hebrew run right to left: a post's line in Arabic starts at the right, an English
// line beside it at the left, and a name keeps its brackets where its writer put them.

/** Where the characters `from` to `to` of `element`'s first text node are drawn. */
function drawnAt(element: Locator, from: number, to: number) {
  return element.evaluate(
    (node, { start, end }) => {
      const text = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE);
      if (!text) throw new Error("No text.");
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const drawn = range.getBoundingClientRect();
      const box = node.getBoundingClientRect();
      return { fromLeft: Math.round(drawn.left - box.left), fromRight: Math.round(box.right - drawn.right) };
    },
    { start: from, end: to },
  );
}

test("a post and a name in Arabic read right to left, an English line beside them left to right", async ({ page, factories }) => {
  const name = "سارة (فريق 2024)";
  const author = await factories.createUser({ displayName: name });
  const arabic = "مرحبا بالعالم";
  const english = "And a line in English.";
  await factories.createPost(author.id, { text: `${arabic}\n${english}` });

  await page.goto(`/@${author.username}`);
  const card = page.getByRole("article").first();
  const text = card.locator("p", { hasText: arabic });
  expect((await drawnAt(text, 0, arabic.length)).fromRight).toBeLessThanOrEqual(1);
  expect((await drawnAt(text, arabic.length + 1, arabic.length + 1 + english.length)).fromLeft).toBeLessThanOrEqual(1);

  // Right to left, the closing bracket, written last, is drawn leftmost; the first letter rightmost.
  const byline = card.getByRole("link", { name, exact: true });
  expect((await drawnAt(byline, name.length - 1, name.length)).fromLeft).toBeLessThanOrEqual(1);
  expect((await drawnAt(byline, 0, 1)).fromRight).toBeLessThanOrEqual(1);
  await expect(card.locator(".initials")).toHaveText("سف");
});

test("a bio in Hebrew reads right to left in a list of people too, as on the profile", async ({ page, factories }) => {
  const bio = "שלום עולם! אני אוהבת קפה.";
  const person = await factories.createUser({ bio });
  await page.goto(`/search?q=${person.username}`);
  const shown = page.locator("p", { hasText: bio });
  // Right to left, the first letter is drawn rightmost, and the full stop, written last, left of it (left to right it ended the line on the right).
  const firstLetter = await drawnAt(shown, 0, 1);
  expect(firstLetter.fromRight).toBeLessThanOrEqual(1);
  expect((await drawnAt(shown, bio.length - 1, bio.length)).fromLeft).toBeLessThan(firstLetter.fromLeft);
});

test("the compose box turns right to left for Arabic typed into it, and back for English", async ({ loggedInPage: page }) => {
  await page.goto("/compose");
  const box = page.getByLabel("What’s happening?");
  const direction = () => box.evaluate((element) => getComputedStyle(element).direction);
  await box.fill("مرحبا بالعالم");
  await expect.poll(direction).toBe("rtl");
  await box.fill("Hello again");
  await expect.poll(direction).toBe("ltr");
});

test("a display name and a bio run right to left for Arabic typed into them, and back for English", async ({ loggedInPage: page }) => {
  await page.goto("/settings");
  for (const label of ["Display name", "Bio"]) {
    const box = page.getByLabel(label, { exact: true });
    const direction = () => box.evaluate((element) => getComputedStyle(element).direction);
    await box.fill("سارة من القاهرة");
    await expect.poll(direction, { message: label }).toBe("rtl");
    await box.fill("Sara from Cairo");
    await expect.poll(direction, { message: label }).toBe("ltr");
  }
});
