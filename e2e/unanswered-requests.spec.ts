import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForHydration } from "./support/hydration";

// A request that gets no answer (the connection drops on a train) once replaced the whole page
// with "Something went wrong", and a post being written was lost. Each case drops the page's
// server requests while the reader acts, then lets them through again.

const UNANSWERED = /That did not go through: Commons could not be reached\./;

/** Answers every server action this page sends with a server's error page, as a crashed server behind a proxy does. */
async function failServerActions(page: Page): Promise<void> {
  await page.route("**/*", (route) =>
    route.request().headers()["next-action"] ? route.fulfill({ status: 502, contentType: "text/plain", body: "Bad Gateway" }) : route.fallback(),
  );
}

/** Drops every server action this page sends until `reconnect` is called, as a lost connection does. */
async function loseConnection(page: Page): Promise<{ reconnect: () => Promise<void> }> {
  const drop = "**/*";
  await page.route(drop, (route) => (route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));
  return { reconnect: () => page.unroute(drop) };
}

test("a post sent while the connection is down keeps its text, says it did not go through, and goes when sent again", async ({ loggedInPage: page }) => {
  await page.goto("/");
  const box = page.getByRole("textbox", { name: "What’s happening?" });
  await waitForHydration(box);
  await box.fill("Written on a train, between two tunnels");
  const connection = await loseConnection(page);
  await page.getByRole("button", { name: "Post", exact: true }).click();

  await expect(page.getByText(UNANSWERED)).toBeVisible();
  await expect(box).toHaveValue("Written on a train, between two tunnels");
  await expect(page.getByText("Your home feed is empty.")).toBeVisible();

  await connection.reconnect();
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("article").filter({ hasText: "Written on a train, between two tunnels" })).toBeVisible();
  await expect(box).toHaveValue("");
});

test("a like sent while the connection is down goes back to what it was, and says why", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  await factories.createFollow(user.id, author.id);
  const post = await factories.createPost(author.id, { text: "Like me if the train lets you" });
  await page.goto("/");
  const like = page.getByRole("article").filter({ hasText: "Like me if the train lets you" }).getByRole("button", { name: /^Like,/ });
  await waitForHydration(like);
  await loseConnection(page);
  await like.click();

  await expect(page.getByText(UNANSWERED)).toBeVisible();
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect(like).toHaveAccessibleName("Like, 0 likes");
  const { db } = await import("@/lib/db");
  expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
});

test("a comment answered by an error page keeps its text and says the fault was on the server's side", async ({ loggedInPage: page, factories }) => {
  const post = await factories.createPost((await factories.createUser()).id, { text: "Comment while the server is down" });
  await page.goto(`/p/${post.id}`);
  const box = page.getByLabel("Add a comment");
  await waitForHydration(box);
  await box.fill("Said while the server was restarting");
  await failServerActions(page);
  await page.getByRole("button", { name: "Comment", exact: true }).click();

  await expect(page.getByText("Something went wrong on our side, so that may not have been done.")).toBeVisible();
  await expect(box).toHaveValue("Said while the server was restarting");
  await expect(page.getByRole("article").filter({ hasText: "Comment while the server is down" })).toBeVisible();
});

test("older posts that do not come are offered again, and come once the connection is back", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  await factories.createFollow(user.id, author.id);
  const first = Date.now() - 30 * 60_000;
  for (let index = 1; index <= 25; index++) {
    await factories.createPost(author.id, { text: `Followed post ${index}`, createdAt: new Date(first + index * 60_000) });
  }
  await page.goto("/");
  const posts = page.getByRole("article");
  await expect(posts).toHaveCount(20);
  await waitForHydration(posts.first());
  const connection = await loseConnection(page);
  await page.getByRole("navigation", { name: "Pagination" }).scrollIntoViewIfNeeded();

  await expect(page.getByRole("alert").filter({ hasText: "Older posts could not be loaded" })).toBeVisible();
  await expect(posts).toHaveCount(20);
  await connection.reconnect();
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(posts).toHaveCount(25);
  await expect(page.getByText("You’re all caught up.")).toBeVisible();
});

test("logging out while the connection is down says so and keeps the reader where they were; it goes once back", async ({ loggedInPage: page }) => {
  await page.goto("/explore");
  const logOut = page.getByRole("button", { name: "Log out" });
  await waitForHydration(logOut);
  const connection = await loseConnection(page);
  await logOut.click();

  const toast = page.getByRole("dialog", { name: "Not logged out" });
  await expect(toast.getByRole("alert")).toHaveText(UNANSWERED);
  await expect(toast).toBeInViewport({ ratio: 1 });
  await expect(page).toHaveURL(/\/explore$/);
  await expect(logOut).toBeEnabled();

  await connection.reconnect();
  await logOut.click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(toast).toBeHidden();
});
