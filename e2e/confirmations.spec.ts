import { type Factories, expect, logInThroughApi, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

// Destructive buttons (delete a post or a comment, suspend or block an account,
// delete your account) ask first: in place with JavaScript, on a page of their
// own without it. Those pages check the session and the right to act on the
// server. Blocking's own tests are in blocks.spec.ts.

/** A GET form with no fields may leave a bare "?" at the end of the address. */
const page$ = (path: string) => new RegExp(`${path.replace(/[/]/g, "\\/")}\\??$`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("deleting a post goes through a confirmation page; Cancel keeps it", async ({ loggedInPage: page, user, factories }) => {
    const text = uniqueWord("doomed");
    const post = await factories.createPost(user.id, { text: `Soon gone: ${text}` });
    await page.goto(`/p/${post.id}`);
    await page.getByRole("article").getByRole("button", { name: "Delete" }).click();

    await expect(page).toHaveURL(page$(`/p/${post.id}/delete`));
    await expect(page.getByRole("heading", { name: "Delete this post?" })).toBeVisible();
    await expect(page.getByText(`Soon gone: ${text}`)).toBeVisible();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(`/p/${post.id}`);
    const { db } = await import("@/lib/db");
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);

    await page.goto(`/p/${post.id}/delete`);
    await page.getByRole("button", { name: "Delete post" }).click();
    await expect(page).toHaveURL("/?post=deleted");
    // Said, and focused by the browser itself (autofocus), for a screen reader to read out.
    await expect(page.getByRole("status")).toHaveText("Post deleted.");
    await expect(page.getByRole("status")).toBeFocused();
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect((await page.goto(`/p/${post.id}`))?.status()).toBe(404);
  });

  test("Cancel on a post's delete page goes back to the feed Delete was pressed in", async ({ loggedInPage: page, user, factories }) => {
    const text = uniqueWord("kept");
    const post = await factories.createPost(user.id, { text: `Staying: ${text}` });
    await page.goto(`/@${user.username}`);
    await page.getByRole("article").filter({ hasText: text }).getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(page$(`/p/${post.id}/delete`));
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(`/@${user.username}`);
    await expect(page.getByText(`Staying: ${text}`)).toBeVisible();
  });

  test("deleting a comment goes through a confirmation page and back to the post", async ({ loggedInPage: page, user, factories }) => {
    const other = await factories.createUser();
    const post = await factories.createPost(other.id);
    const text = uniqueWord("regret");
    const comment = await factories.createComment(post.id, user.id, { text: `I take back ${text}` });
    await page.goto(`/p/${post.id}`);
    await page.getByRole("button", { name: "Delete" }).click();

    await expect(page).toHaveURL(page$(`/comments/${comment.id}/delete`));
    await expect(page.getByRole("heading", { name: "Delete this comment?" })).toBeVisible();
    await page.getByRole("button", { name: "Delete comment" }).click();
    await expect(page).toHaveURL(`/p/${post.id}?comment=deleted`);
    await expect(page.getByRole("status")).toHaveText("Comment deleted.");
    await expect(page.getByRole("status")).toBeFocused();
    await expect(page.getByText(text)).toHaveCount(0);
    await expect(page.getByText("No comments yet. Start the conversation.")).toBeVisible();
  });

  test("an admin suspends an account through a confirmation page", async ({ page, factories }) => {
    const [member, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
    await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
    await page.goto(`/@${member.username}`);
    await page.getByRole("button", { name: `Suspend @${member.username}`, exact: true }).click();

    await expect(page).toHaveURL(page$(`/@${member.username}/suspend`));
    await expect(page.getByRole("heading", { name: `Suspend @${member.username}?` })).toBeVisible();
    await page.getByRole("button", { name: "Suspend account" }).click();
    await expect(page).toHaveURL(`/@${member.username}`);
    await expect(page.getByText("Suspended", { exact: true })).toBeVisible();
    const { db } = await import("@/lib/db");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedAt).not.toBeNull();
  });

  test("deleting your account asks for your password on its own page", async ({ loggedInPage: page }) => {
    await page.goto("/settings");
    await page.getByRole("button", { name: "Delete my account…" }).click();
    await expect(page).toHaveURL(page$("/settings/delete-account"));
    await expect(page.getByRole("heading", { name: "Delete your account?" })).toBeVisible();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL("/settings");
  });
});

// Someone's post, comment and account, whose confirmation pages others try. One test
// for each kind of visitor: all three walked 14 pages, over 30 s on a busy machine.
async function someoneElsesThings(factories: Factories) {
  const [owner, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(owner.id);
  const comment = await factories.createComment(post.id, owner.id);
  await factories.createReport(admin.id, { targetType: "POST", targetId: post.id, accountId: owner.id });
  const pages = [`/p/${post.id}/delete`, `/comments/${comment.id}/delete`, `/@${owner.username}/suspend`, `/admin/reports/post/${post.id}/remove`];
  return { admin, owner, post, comment, pages };
}

test.describe("confirmation pages are only for those who may act", () => {
  test("visitors get the login", async ({ page, factories }) => {
    const { pages } = await someoneElsesThings(factories);
    for (const path of [...pages, "/settings/delete-account"]) {
      await page.goto(path);
      await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
  });

  test("other members get a 404", async ({ page, factories }) => {
    const { admin, pages } = await someoneElsesThings(factories);
    const stranger = await factories.createUser();
    await logInThroughApi(page, stranger.username, factories.TEST_PASSWORD);
    // Said by the page and its title too, not by the status alone: no confirmation's title above a 404.
    for (const path of [...pages, `/@${admin.username}/suspend`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page, path).toHaveTitle(/ not found · Commons$/);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(/isn’t here|doesn’t exist|not found/);
    }
    // Suspending is no page of theirs: it does not say that an account they can see does not exist.
    const suspended = await factories.createUser({ suspended: true });
    for (const account of [admin, suspended]) {
      await page.goto(`/@${account.username}/suspend`);
      await expect(page).toHaveTitle("Page not found · Commons");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    // Blocking a suspended account is titled as its profile is.
    expect((await page.goto(`/@${suspended.username}/block`))?.status()).toBe(404);
    await expect(page).toHaveTitle("Account suspended · Commons");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This account has been suspended");
  });

  test("an admin gets them, except for suspending an admin and what the reports queue does not offer", async ({ page, factories }) => {
    const { admin, owner, post, comment, pages } = await someoneElsesThings(factories);
    await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
    for (const path of pages) expect((await page.goto(path))?.status(), path).toBe(200);
    await page.goto(`/p/${post.id}/delete`);
    await expect(page.getByRole("heading", { name: "Remove this post?" })).toBeVisible();
    // Admins cannot be suspended: nothing to confirm, and no page to say it on.
    expect((await page.goto(`/@${admin.username}/suspend`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // The queue's pages: only for open reports, and only for a decision that asks first and that the queue offers.
    await factories.createReport(admin.id, { targetType: "ACCOUNT", targetId: owner.id, accountId: owner.id });
    const impossible = [
      `/admin/reports/comment/${comment.id}/remove`,
      `/admin/reports/post/${post.id}/dismiss`,
      `/admin/reports/account/${owner.id}/remove`,
      `/admin/reports/posts/${post.id}/remove`,
      `/admin/reports/post/${post.id.toUpperCase()}/remove`,
    ];
    for (const path of impossible) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page, path).toHaveTitle("Page not found · Commons");
    }
  });
});

// axe runs its script in the page, so the pages are checked with JavaScript on.
test("confirmation pages have no accessibility violations in light and dark", async ({ page, factories }) => {
  test.setTimeout(240_000);
  const [owner, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const post = await factories.createPost(owner.id);
  const comment = await factories.createComment(post.id, owner.id);
  await logInThroughApi(page, admin.username, factories.TEST_PASSWORD);
  await factories.createReport(admin.id, { targetType: "COMMENT", targetId: comment.id, accountId: owner.id });
  const paths = [
    `/p/${post.id}/delete`,
    `/comments/${comment.id}/delete`,
    `/@${owner.username}/suspend`,
    `/@${owner.username}/block`,
    "/settings/delete-account",
    `/admin/reports/comment/${comment.id}/suspend`,
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectNoAxeViolationsLightAndDark(page);
  }
});

test("with JavaScript, deleting a comment asks in place; dismissing keeps it", async ({ loggedInPage: page, user, factories }) => {
  const post = await factories.createPost(user.id);
  const text = uniqueWord("maybe");
  await factories.createComment(post.id, user.id, { text: `Second thoughts ${text}` });
  const guest = await factories.createUser();
  await factories.createComment(post.id, guest.id, { text: "A guest's word" });
  await page.goto(`/p/${post.id}`);
  // Named by whose they are, as Report is: the post's author may delete anyone's comment under it.
  const deleteButton = page.getByRole("list").getByRole("button", { name: "Delete your comment", exact: true });
  await expect(page.getByRole("list").getByRole("button", { name: `Delete comment by @${guest.username}`, exact: true })).toBeVisible();
  await expect(page.getByRole("article").getByRole("button", { name: "Delete" })).toHaveAccessibleName("Delete your post");

  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await deleteButton.click();
  await expect.poll(() => questions).toEqual(["Delete this comment? This cannot be undone."]);
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(page.getByText(text)).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await deleteButton.click();
  await expect(page.getByText(text)).toHaveCount(0);
  await expect(page).toHaveURL(`/p/${post.id}`);
  await expect(page.locator("#announcements")).toHaveText("Comment deleted.");
});

test("with JavaScript, deleting a post from a feed moves focus to the next card, else the one before, else the page's heading", async ({
  loggedInPage: page,
  user,
  factories,
}) => {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  for (const [text, minutes] of [["The oldest", 3], ["The middle one", 2], ["The newest", 1]] as const) {
    await factories.createPost(user.id, { text, createdAt: minutesAgo(minutes) });
  }
  await page.goto(`/@${user.username}`);
  const card = (text: string) => page.getByRole("article").filter({ hasText: text });
  const deleteIn = (text: string) => card(text).getByRole("button", { name: "Delete" });
  // A card's first control is its author's name (the picture repeats that link for the pointer only).
  const firstControlOf = (text: string) => card(text).getByRole("link", { name: user.displayName, exact: true });
  await waitForHydration(deleteIn("The middle one"));
  page.on("dialog", (dialog) => void dialog.accept());

  await deleteIn("The middle one").press("Enter");
  await expect(card("The middle one")).toHaveCount(0);
  await expect(firstControlOf("The oldest")).toBeFocused();
  // Nothing on screen says it but the card gone: the page's live region does.
  await expect(page.locator("#announcements")).toHaveText("Post deleted.");

  await deleteIn("The oldest").press("Enter");
  await expect(card("The oldest")).toHaveCount(0);
  await expect(firstControlOf("The newest")).toBeFocused();

  await deleteIn("The newest").press("Enter");
  await expect(page.getByText("You haven’t posted yet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("with JavaScript, deleting or removing a post from its own page says so on the home page, focused", async ({ browser, factories }) => {
  const [author, admin] = await Promise.all([factories.createUser(), factories.createUser({ role: "ADMIN" })]);
  const [own, someoneElses] = await Promise.all([factories.createPost(author.id), factories.createPost(author.id)]);
  for (const { actor, post, button, said } of [
    { actor: author, post: own, button: "Delete your post", said: "Post deleted." },
    { actor: admin, post: someoneElses, button: `Remove post by @${author.username}`, said: "Post removed." },
  ]) {
    const page = await (await browser.newContext()).newPage();
    await logInThroughApi(page, actor.username, factories.TEST_PASSWORD);
    await page.goto(`/p/${post.id}`);
    const control = page.getByRole("article").getByRole("button", { name: button, exact: true });
    await waitForHydration(control);
    page.once("dialog", (dialog) => void dialog.accept());
    await control.press("Enter");
    await expect(page.getByRole("status")).toHaveText(said);
    await expect(page.getByRole("status")).toBeFocused();
    // Said once: the address no longer carries it (home.spec.ts).
    await expect(page).toHaveURL("/");
  }
});
