import type { Page } from "@playwright/test";
import { expect, logInThroughApi, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";
import { holdFormsSentTo } from "./support/held-forms";
import { COMMENT_GONE_FOR_REPLIES } from "@/lib/comments/schema";

// Threaded replies: people answer each other's comments, the conversation
// shows as a tree, a deleted comment with replies leaves a placeholder, and
// every comment has a permalink that opens its thread with it highlighted.

type Factories = typeof import("@/test/factories");

async function twoPeopleAndAComment(factories: Factories) {
  const [ada, bruno] = await Promise.all([
    factories.createUser({ displayName: "Ada Threads" }),
    factories.createUser({ displayName: "Bruno Threads" }),
  ]);
  const post = await factories.createPost(ada.id, { text: "Which book changed your mind?" });
  const first = await factories.createComment(post.id, ada.id, { text: "Level one, by Ada." });
  return { ada, bruno, post, first };
}

async function reply(page: Page, to: string, text: string) {
  await page.getByRole("link", { name: `Reply to ${to}` }).first().click();
  // The box, not the other comments' Reply links, which say the same.
  await page.getByRole("textbox", { name: `Reply to ${to}` }).fill(text);
  await page.getByRole("button", { name: "Reply", exact: true }).click();
}

/** `count` replies by `author` under `parentId`, "Answer 1." the oldest, all older than anything sent later. */
async function answers(postId: string, parentId: string, authorId: string, count: number) {
  const { db } = await import("@/lib/db");
  const start = Date.now() - 60_000;
  await db.comment.createMany({
    data: Array.from({ length: count }, (_, index) => ({ postId, parentId, authorId, text: `Answer ${index + 1}.`, createdAt: new Date(start + index * 1000) })),
  });
}

/** The replies listed on a comment's page. */
const replies = (page: Page) => page.getByRole("list", { name: "Replies" }).getByRole("listitem");

/** What `answers` seeded, "Answer 1." to "Answer <count>.": each once, in order. */
const answersInOrder = (count: number) => Array.from({ length: count }, (_, index) => new RegExp(`Answer ${index + 1}\\.`));

test("a reply to someone's comment is shown in place, under it", async ({ page, factories }) => {
  const { bruno, post } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await reply(page, "Ada Threads", "Level two, by Bruno.");
  // The innermost list item: the ones around it hold its text too.
  const levelTwo = page.getByRole("listitem").filter({ hasText: "Level two, by Bruno." }).filter({ hasText: "Your new reply" }).last();
  await expect(levelTwo).toBeVisible();
  await expect(page).toHaveURL(`/p/${post.id}`);
});

test("two people reply to each other three levels deep", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  const { db } = await import("@/lib/db");
  await db.comment.create({ data: { postId: post.id, parentId: first.id, authorId: bruno.id, text: "Level two, by Bruno." } });

  await logInThroughApi(page, ada.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await reply(page, "Bruno Threads", "Level three, by Ada.");
  await expect(page.getByText("Your new reply")).toBeVisible();

  await page.reload();
  // Nested: level three sits inside level two, inside level one.
  const levelOne = page.getByRole("list", { name: "Comments" }).getByRole("listitem").filter({ hasText: "Level one, by Ada." }).first();
  const nestedTwo = levelOne.getByRole("listitem").filter({ hasText: "Level two, by Bruno." }).first();
  await expect(nestedTwo.getByRole("listitem").filter({ hasText: "Level three, by Ada." })).toBeVisible();
});

test("a deleted comment with replies leaves “This comment was deleted” above them", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  await factories.createComment(post.id, bruno.id, { text: "A reply that stays." });
  const { db } = await import("@/lib/db");
  await db.comment.updateMany({ where: { postId: post.id, text: "A reply that stays." }, data: { parentId: first.id } });

  await logInThroughApi(page, ada.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  const thread = page.getByRole("list", { name: "Comments" });
  page.once("dialog", (dialog) => void dialog.accept());
  await thread.getByRole("listitem").filter({ hasText: "Level one, by Ada." }).first().getByRole("button", { name: "Delete" }).first().click();
  await expect(thread.getByText("This comment was deleted")).toBeVisible();
  await expect(thread.getByText("Level one, by Ada.")).toHaveCount(0);
  await expect(thread.getByText("A reply that stays.")).toBeVisible();
  // Focus stays where the comment was, on what is left of it.
  await expect(thread.getByRole("listitem").filter({ hasText: "This comment was deleted" }).first()).toBeFocused();
  await page.reload();
  await expect(page.getByRole("list", { name: "Comments" }).getByText("This comment was deleted")).toBeVisible();
});

test("a reply just sent has Reply, as after a reload, and is answered in place", async ({ page, factories }) => {
  const { bruno, post } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await reply(page, "Ada Threads", "Level two, by Bruno.");
  const levelTwo = page.getByRole("listitem").filter({ hasText: "Level two, by Bruno." }).last();
  await expect(levelTwo).toContainText("Your new reply");

  await levelTwo.getByRole("link", { name: "Reply to Bruno Threads" }).click();
  await levelTwo.getByRole("textbox", { name: "Reply to Bruno Threads" }).fill("Level three, by Bruno.");
  await levelTwo.getByRole("button", { name: "Reply", exact: true }).click();
  const levelThree = levelTwo.getByRole("listitem").filter({ hasText: "Level three, by Bruno." });
  await expect(levelThree).toContainText("Your new reply");
  await expect(levelThree.getByRole("link", { name: "Reply to Bruno Threads" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("link", { name: "Reply to Bruno Threads" })).toHaveCount(2);
});

test("a reply below the third level has no Reply: the thread continues on its parent's page", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  const { db } = await import("@/lib/db");
  const levelTwo = await db.comment.create({ data: { postId: post.id, parentId: first.id, authorId: bruno.id, text: "Level two, by Bruno." } });
  await db.comment.create({ data: { postId: post.id, parentId: levelTwo.id, authorId: ada.id, text: "Level three, by Ada." } });
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await page.getByRole("link", { name: "Reply to Ada Threads" }).last().click();
  await page.getByRole("textbox", { name: "Reply to Ada Threads" }).fill("Level four, by Bruno.");
  await page.getByRole("button", { name: "Reply", exact: true }).click();

  const levelFour = page.getByRole("listitem").filter({ hasText: "Level four, by Bruno." }).last();
  await expect(levelFour).toContainText("Your new reply");
  await expect(levelFour.getByRole("link", { name: /^Reply/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Continue this thread" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Continue this thread" })).toBeVisible();
  await expect(page.getByText("Level four, by Bruno.")).toHaveCount(0);
});

test("a reply deleted just after sending leaves the page", async ({ page, factories }) => {
  const { bruno, post } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await reply(page, "Ada Threads", "Sent by mistake.");
  const mine = page.getByRole("listitem").filter({ hasText: "Sent by mistake." }).last();
  await expect(mine).toContainText("Your new reply");
  page.once("dialog", (dialog) => void dialog.accept());
  await mine.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Sent by mistake.")).toHaveCount(0);
});

test("after a reply, More replies shows only while a reply is left out, as a reload shows it", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  await answers(post.id, first.id, ada.id, 3);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  await reply(page, "Ada Threads", "Answer 4, by Bruno.");
  await expect(page.getByRole("listitem").filter({ hasText: "Answer 4, by Bruno." }).last()).toContainText("Your new reply");
  // The fourth reply is the only one past the three shown, and it is on the page.
  await expect(page.getByRole("link", { name: "More replies" })).toHaveCount(0);

  // Ada answers too; Bruno's next reply brings the thread up to date, and hers is left out.
  const { db } = await import("@/lib/db");
  await db.comment.create({ data: { postId: post.id, parentId: first.id, authorId: ada.id, text: "Answer 5, by Ada." } });
  await page.getByRole("link", { name: "Reply to Ada Threads" }).nth(1).click();
  await page.getByRole("textbox", { name: "Reply to Ada Threads" }).fill("To answer 1.");
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "To answer 1." }).last()).toContainText("Your new reply");
  await expect(page.getByRole("link", { name: "More replies" })).toBeVisible();
  await expect(page.getByText("Answer 5, by Ada.")).toHaveCount(0);

  await page.reload();
  // Named by whose comment it goes on from: a page has many.
  await expect(page.getByRole("link", { name: "More replies to Ada Threads", exact: true })).toBeVisible();
  await expect(page.getByText("Answer 4, by Bruno.")).toHaveCount(0);
});

test("on a comment's page, a reply after the last one shown offers no More replies, as none is left out", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  const { PAGE_SIZE } = await import("@/lib/pagination/cursor");
  await answers(post.id, first.id, ada.id, PAGE_SIZE);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/c/${first.id}`);
  await page.getByRole("textbox", { name: "Reply to Ada Threads" }).fill("One more, by Bruno.");
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "One more, by Bruno." }).last()).toContainText("Your new reply");
  await expect(page.getByRole("button", { name: "More replies" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("button", { name: "More replies" })).toBeVisible();
  await expect(page.getByText("One more, by Bruno.")).toHaveCount(0);
});

test("with JavaScript, a reply box is read-only while its reply is sent, and a refusal keeps the text and says why", async ({ page, factories }) => {
  const { bruno, post, first } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  const open = page.getByRole("link", { name: "Reply to Ada Threads" });
  await waitForHydration(open);
  await open.click();
  const box = page.getByRole("textbox", { name: "Reply to Ada Threads" });
  // The reply is held on its way until the comment it answers is gone.
  const release = await holdFormsSentTo(page, `/p/${post.id}`);
  await box.fill("Held on its way.");
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveValue("Held on its way.");
  const { db } = await import("@/lib/db");
  await db.comment.update({ where: { id: first.id }, data: { text: "", deletedAt: new Date() } });
  release();
  await expect(page.getByRole("alert").filter({ hasText: COMMENT_GONE_FOR_REPLIES })).toBeVisible();
  await expect(box).toHaveValue("Held on its way.");
  await expect(box).toBeEditable();
});

test("with JavaScript, Cancel or Escape closes a reply box opened in place, refused or not, and gives the focus back to Reply; Escape keeps the text", async ({ page, factories }) => {
  const { bruno, post, first } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  const open = page.getByRole("link", { name: "Reply to Ada Threads" });
  const box = page.getByRole("textbox", { name: "Reply to Ada Threads" });
  const cancel = page.getByRole("button", { name: "Cancel" });
  await waitForHydration(open);
  await open.click();
  await expect(box).toBeFocused();
  await box.fill("Never mind.");
  await cancel.click();
  await expect(box).toHaveCount(0);
  await expect(open).toBeFocused();
  // Escape closes it too, but a key pressed by mistake loses nothing: Reply opens it with the text again.
  await open.click();
  await expect(box).toHaveValue("");
  await box.fill("On second thought…");
  await page.keyboard.press("Escape");
  await expect(box).toHaveCount(0);
  await expect(open).toBeFocused();
  await open.click();
  await expect(box).toHaveValue("On second thought…");
  await cancel.click();
  await expect(box).toHaveCount(0);

  // An empty reply is refused; the box stays open with why, until Cancel, and opens again without it.
  await open.click();
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  const why = page.getByText("Write something to comment.");
  await expect(why).toBeVisible();
  await cancel.click();
  await expect(box).toHaveCount(0);
  await expect(open).toBeFocused();
  await open.click();
  await expect(box).toHaveValue("");
  await expect(why).toHaveCount(0);
  const { db } = await import("@/lib/db");
  expect(await db.comment.count({ where: { parentId: first.id } })).toBe(0);
});

test("with JavaScript, a comment's reply box is read-only while its reply is sent, and empty once the reply is shown", async ({ page, factories }) => {
  const { bruno, post, first } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/c/${first.id}`);
  const box = page.getByRole("textbox", { name: "Reply to Ada Threads" });
  await waitForHydration(box);
  const release = await holdFormsSentTo(page, `/p/${post.id}/c/${first.id}`);
  await box.fill("Held, then shown.");
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveValue("Held, then shown.");
  release();
  await expect(page.getByRole("listitem").filter({ hasText: "Held, then shown." }).last()).toContainText("Your new reply");
  await expect(box).toHaveValue("");
  await expect(box).toBeEditable();
});

test("deleting a comment moves focus to the one that follows, the comment it answered, or the heading", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  const { db } = await import("@/lib/db");
  await db.comment.create({ data: { postId: post.id, parentId: first.id, authorId: bruno.id, text: "The only answer." } });
  await factories.createComment(post.id, ada.id, { text: "Level one again, by Ada." });
  await logInThroughApi(page, ada.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}`);
  page.on("dialog", (dialog) => void dialog.accept());
  const comments = page.getByRole("list", { name: "Comments" }).getByRole("listitem");
  const levelOne = comments.filter({ hasText: "Level one, by Ada." }).first();

  await comments.filter({ hasText: "The only answer." }).last().getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The only answer.")).toHaveCount(0);
  await expect(levelOne.getByRole("link", { name: "Reply to Ada Threads" })).toBeFocused();

  await levelOne.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Level one, by Ada.")).toHaveCount(0);
  await expect(comments.filter({ hasText: "Level one again, by Ada." })).toBeFocused();

  await comments.filter({ hasText: "Level one again, by Ada." }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("No comments yet. Start the conversation.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Comments" })).toBeFocused();
});

test("a permalink opens the thread rooted at its comment, highlighted; deeper branches continue there", async ({ page, factories }) => {
  const { ada, bruno, post, first } = await twoPeopleAndAComment(factories);
  const { db } = await import("@/lib/db");
  let parentId = first.id;
  const chain = [];
  for (const level of [2, 3, 4, 5]) {
    const created = await db.comment.create({
      data: { postId: post.id, parentId, authorId: level % 2 ? ada.id : bruno.id, text: `Level ${level} of the chain.` },
    });
    chain.push(created);
    parentId = created.id;
  }

  await page.goto(`/p/${post.id}`);
  await expect(page.getByText("Level 3 of the chain.")).toBeVisible();
  await expect(page.getByText("Level 4 of the chain.")).toHaveCount(0);
  await page.getByRole("link", { name: "Continue this thread" }).click();
  await expect(page).toHaveURL(`/p/${post.id}/c/${chain[1]!.id}`);
  const highlighted = page.locator('[aria-current="true"]');
  await expect(highlighted).toContainText("Level 3 of the chain.");
  await expect(highlighted.getByRole("list", { name: "Replies" })).toContainText("Level 5 of the chain.");
  await page.getByRole("link", { name: "Show the comment it replies to" }).click();
  await expect(page.locator('[aria-current="true"]').getByText("Level 2 of the chain.")).toBeVisible();
});

test("a comment's address that leads nowhere answers 404 and says the comment isn't here", async ({ page, factories }) => {
  const { post } = await twoPeopleAndAComment(factories);
  const response = await page.goto(`/p/${post.id}/c/cnothereatall000000000000`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This comment isn’t here" })).toBeVisible();
  await expect(page).toHaveTitle(/Comment not found/);
});

test("a thread page with its reply form and a placeholder has no accessibility violations in light and dark", async ({ page, factories }) => {
  const { bruno, post, first } = await twoPeopleAndAComment(factories);
  const { db } = await import("@/lib/db");
  await db.comment.create({ data: { postId: post.id, parentId: first.id, authorId: bruno.id, text: "A reply below." } });
  await db.comment.update({ where: { id: first.id }, data: { text: "", deletedAt: new Date() } });
  const reply = await db.comment.findFirstOrThrow({ where: { parentId: first.id } });
  await db.comment.create({ data: { postId: post.id, parentId: reply.id, authorId: bruno.id, text: "Deeper." } });
  await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/c/${reply.id}`);
  await expect(page.getByRole("textbox", { name: "Reply to Bruno Threads" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});

test("with JavaScript, deleting a comment from its own page leads to the post's comments, which say so, focused", async ({ page, factories }) => {
  const { ada, post, first } = await twoPeopleAndAComment(factories);
  await logInThroughApi(page, ada.username, factories.TEST_PASSWORD);
  await page.goto(`/p/${post.id}/c/${first.id}`);
  const remove = page.getByRole("list", { name: "Thread" }).getByRole("button", { name: "Delete" });
  await expect(remove).toHaveAccessibleName("Delete your comment");
  await waitForHydration(remove);
  page.once("dialog", (dialog) => void dialog.accept());
  await remove.press("Enter");
  await expect(page).toHaveURL(`/p/${post.id}?comment=deleted`);
  await expect(page.getByRole("status")).toHaveText("Comment deleted.");
  await expect(page.getByRole("status")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Reply opens the comment's page with the form, and the reply is shown after sending", async ({ page, factories }) => {
    const { bruno, post } = await twoPeopleAndAComment(factories);
    await logInThroughApi(page, bruno.username, factories.TEST_PASSWORD);
    await page.goto(`/p/${post.id}`);
    await page.getByRole("link", { name: "Reply to Ada Threads" }).click();
    await expect(page).toHaveURL(/\/c\//);
    // Where the keyboard is wanted: in the box, not at the top of the page.
    await expect(page.getByRole("textbox", { name: "Reply to Ada Threads" })).toBeFocused();
    await page.getByLabel("Reply to Ada Threads").fill("Sent without script.");
    await page.getByRole("button", { name: "Reply", exact: true }).click();
    const mine = page.getByRole("listitem").filter({ hasText: "Sent without script." }).last();
    await expect(mine).toContainText("Your new reply");
    await expect(mine).toBeFocused();
    await page.goto(`/p/${post.id}`);
    await expect(page.getByRole("list", { name: "Comments" }).getByText("Sent without script.")).toBeVisible();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("More replies on a comment's page adds the next replies below those shown, each once, and lands on the first it adds", async ({ page, factories }) => {
      const { ada, post, first } = await twoPeopleAndAComment(factories);
      const { PAGE_SIZE } = await import("@/lib/pagination/cursor");
      await answers(post.id, first.id, ada.id, PAGE_SIZE + 2);
      await page.goto(`/p/${post.id}/c/${first.id}`);
      await expect(replies(page)).toHaveText(answersInOrder(PAGE_SIZE));
      const more = page.getByRole(javaScriptEnabled ? "button" : "link", { name: "More replies" });
      const firstAdded = replies(page).filter({ hasText: `Answer ${PAGE_SIZE + 1}.` });

      if (javaScriptEnabled) {
        await waitForHydration(more);
        await more.focus();
        await page.keyboard.press("Enter");
        await expect(firstAdded).toBeFocused();
        await expect(page).toHaveURL(`/p/${post.id}/c/${first.id}`);
      } else {
        await more.click();
        await expect(page).toHaveURL(new RegExp(`/p/${post.id}/c/${first.id}\\?cursor=`));
        await expect(firstAdded).toBeFocused();
        await expect(firstAdded).toBeInViewport();
        await expect(replies(page).first()).not.toBeInViewport();
      }
      await expect(replies(page)).toHaveText(answersInOrder(PAGE_SIZE + 2));
      await expect(page.getByRole("button", { name: "More replies" }).or(page.getByRole("link", { name: "More replies" }))).toHaveCount(0);
    });
  });
}
