import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, submit, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";

// The whole social loop in a real browser, with two people in two browsers.

async function signUp(browser: Browser, username: string, displayName: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signup");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByLabel("Display name").fill(displayName);
  await page.getByLabel("Password").fill("a long and happy passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  return page;
}

test("two people post, follow, like, comment, search and delete", async ({ browser }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const word = `zephyrine${suffix}`;
  const author = await signUp(browser, `author_${suffix}`, `Avery ${suffix}`);
  const reader = await signUp(browser, `reader_${suffix}`, `Riley ${suffix}`);

  // The author posts a picture.
  await expect(author.getByText("Your home feed is empty.")).toBeVisible();
  await author.getByLabel("What’s happening?").fill(`Sunrise over the ${word} hills`);
  const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#f97316" } })
    .jpeg()
    .toBuffer();
  await author.getByLabel(/Add images/).setInputFiles({ name: "sunrise.jpg", mimeType: "image/jpeg", buffer: picture });
  await author.getByLabel("Description of image 1").fill("An orange sky");
  await author.getByRole("button", { name: "Post", exact: true }).click();
  await expect(author.getByText("Posted.")).toBeVisible();
  const authorsPost = author.getByRole("article").filter({ hasText: word });
  await expect(authorsPost.getByRole("img", { name: "An orange sky" })).toBeVisible();

  // The reader finds the author, follows them and sees the post at home.
  await reader.goto(`/search?type=people&q=${encodeURIComponent(`Avery ${suffix}`)}`);
  await reader.getByRole("link", { name: new RegExp(`author_${suffix}`) }).first().click();
  await expect(reader).toHaveURL(`/@author_${suffix}`);
  await submit(reader, `Follow @author_${suffix}`);
  // Under the pointer, "Following" reads "Unfollow", and so does the button's name.
  await expect(reader.getByRole("button", { name: `Unfollow @author_${suffix}`, pressed: true })).toBeVisible();
  await reader.mouse.move(0, 0);
  await expect(reader.getByRole("button", { name: `Following @author_${suffix}`, pressed: true })).toBeVisible();
  await reader.goto("/");
  const readersView = reader.getByRole("article").filter({ hasText: word });
  await expect(readersView).toBeVisible();

  // The reader likes and comments.
  await submit(reader, readersView.getByRole("button", { name: "Like" }));
  await expect(readersView.getByRole("button", { name: "Like", pressed: true })).toContainText("1");
  await readersView.getByRole("link", { name: /comment/ }).click();
  await reader.getByLabel("Add a comment").fill("What a view!");
  await reader.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(reader.getByText("Comment added.")).toBeVisible();
  await expectNoAxeViolations(reader);
  const postUrl = reader.url().replace(/#.*$/, "");

  // The author sees the like and the comment.
  await author.goto(postUrl);
  await expect(author.getByRole("button", { name: "Like" })).toContainText("1");
  await expect(author.getByText("What a view!")).toBeVisible();

  // Search finds both the person and the post.
  await reader.goto(`/search?q=${word}&type=posts`);
  await expect(reader.getByRole("main")).toContainText(`Sunrise over the`);
  await expectNoAxeViolations(reader);

  // The author deletes the post, and it is gone everywhere.
  author.on("dialog", (dialog) => dialog.accept());
  await author.getByRole("button", { name: "Delete" }).first().click();
  await expect(author.getByRole("status")).toHaveText("Post deleted.");
  await expect(author).toHaveURL("/");
  expect((await reader.goto(postUrl))?.status()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByText(word)).toHaveCount(0);
  await reader.goto("/explore");
  await expect(reader.getByText(word)).toHaveCount(0);
  await reader.goto(`/@author_${suffix}`);
  await expect(reader.getByText(word)).toHaveCount(0);
  await expectNoAxeViolations(reader);
  await reader.goto(`/search?q=${word}&type=posts`);
  await expect(reader.getByRole("main")).not.toContainText("Sunrise over the");
});

test("home and explore pages have no accessibility violations when signed in", async ({ loggedInPage: page }) => {
  for (const path of ["/", "/explore"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
