import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";
import { holdFormsSentTo } from "./support/held-forms";
import { POST_GONE_FOR_COMMENTS } from "@/lib/comments/schema";

// A long conversation: more than a page of comments, oldest first. More
// comments are added below those shown (never replacing them), and a comment
// you send is on the page after sending, wherever the list had got to.

type Factories = typeof import("@/test/factories");

/** A post by someone else with `count` comments, "Comment 1" the oldest. */
async function longConversation(factories: Factories, count = 22) {
  const { db } = await import("@/lib/db");
  const author = await factories.createUser({ displayName: "Talkative Tam" });
  const post = await factories.createPost(author.id, { text: "What is everyone reading?" });
  const start = Date.now() - 3_600_000;
  await db.comment.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      postId: post.id,
      authorId: author.id,
      text: `Comment ${index + 1}.`,
      createdAt: new Date(start + index * 1000),
    })),
  });
  return post;
}

const comments = (page: Page) => page.getByRole("list", { name: "Comments" }).getByRole("listitem");
const comment = (page: Page, text: string) => comments(page).filter({ hasText: text });
/** A button that adds the next page with script; without it, a link to this page showing more. */
const moreComments = (page: Page) => page.getByRole("button", { name: "More comments" }).or(page.getByRole("link", { name: "More comments" }));

async function expectOnlyFirstPage(page: Page) {
  await expect(comments(page)).toHaveCount(20);
  await expect(comment(page, "Comment 1.")).toBeVisible();
  await expect(comment(page, "Comment 20.")).toBeVisible();
  await expect(comment(page, "Comment 21.")).toHaveCount(0);
}

async function sendComment(page: Page, text: string) {
  await page.getByLabel("Add a comment").fill(text);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("Comment added.")).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a new comment on a long conversation is shown at once, marked and in view", async ({ loggedInPage: page, factories }) => {
      const post = await longConversation(factories);
      await page.goto(`/p/${post.id}`);
      await expectOnlyFirstPage(page);

      await sendComment(page, "Mine, the newest of all.");
      const mine = comment(page, "Mine, the newest of all.");
      await expect(mine).toBeVisible();
      await expect(mine).toContainText("Your new comment");
      await expect(mine).toBeInViewport();
      // What was shown stays shown; the gap before it is still one "More comments" away.
      await expect(comment(page, "Comment 1.")).toHaveCount(1);
      await expect(comment(page, "Comment 21.")).toHaveCount(0);
      await expect(moreComments(page)).toBeVisible();
    });

    test("More comments adds 21–22 below 1–20", async ({ page, factories }) => {
      const post = await longConversation(factories);
      await page.goto(`/p/${post.id}`);
      await expectOnlyFirstPage(page);

      await expect(moreComments(page)).toHaveRole(javaScriptEnabled ? "button" : "link");
      await moreComments(page).click();
      await expect(comment(page, "Comment 22.")).toBeVisible();
      await expect(comments(page)).toHaveCount(22);
      await expect(comment(page, "Comment 1.")).toBeVisible();
      await expect(comments(page).last()).toContainText("Comment 22.");
      await expect(moreComments(page)).toHaveCount(0);
      if (javaScriptEnabled) await expect(page).toHaveURL(`/p/${post.id}`);
      else await expect(page).toHaveURL(new RegExp(`/p/${post.id}\\?cursor=`));
    });
  });
}

test("with JavaScript, Control and Enter sends a comment and a reply, as it sends a post", async ({ loggedInPage: page, user, factories }) => {
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  await page.getByLabel("Add a comment").fill("Sent by keyboard.");
  await page.getByLabel("Add a comment").press("Control+Enter");
  await expect(page.getByText("Comment added.")).toBeVisible();
  await expect(comment(page, "Sent by keyboard.")).toContainText("Your new comment");
  // The byline has the author's handle, as a card's has: display names can be alike.
  await expect(comment(page, "Sent by keyboard.")).toContainText(`@${user.username}`);

  await page.getByRole("link", { name: "Reply to Talkative Tam" }).click();
  const reply = page.getByRole("textbox", { name: "Reply to Talkative Tam" });
  await reply.fill("Replied by keyboard.");
  await reply.press("Control+Enter");
  await expect(page.getByText("Your new reply")).toBeVisible();
  await expect(page.getByText("Replied by keyboard.")).toBeVisible();
});

test("with JavaScript, a comment half written is still in its box after leaving the page and coming back, and gone once sent", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  await page.getByLabel("Add a comment").fill("Half a thought");
  await page.getByRole("link", { name: "Explore" }).first().click();
  await page.waitForURL("/explore");
  await page.goBack();
  await expect(page.getByLabel("Add a comment")).toHaveValue("Half a thought");

  await page.getByLabel("Add a comment").fill("A whole thought");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("Comment added.")).toBeVisible();
  await page.goto(`/p/${post.id}`);
  await expect(page.getByLabel("Add a comment")).toHaveValue("");
});

test("with JavaScript, loading more after sending keeps your comment once, at the end", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories);
  await page.goto(`/p/${post.id}`);
  await sendComment(page, "Sent before loading more.");
  await moreComments(page).click();
  await expect(comment(page, "Comment 22.")).toBeVisible();
  await expect(comments(page)).toHaveCount(23);
  await expect(comments(page).last()).toContainText("Sent before loading more.");
});

test("with JavaScript, More comments from the keyboard takes focus to the first comment it adds, also when none is left", async ({ page, factories }) => {
  const post = await longConversation(factories, 42);
  await page.goto(`/p/${post.id}`);
  await expectOnlyFirstPage(page);
  // A button once the page's script runs (a link before).
  const more = page.getByRole("button", { name: "More comments" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(comment(page, "Comment 21.")).toBeFocused();
  await expect(more).toBeVisible();

  // The last page: the button goes, and the focus does not fall to the top of the page.
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(comment(page, "Comment 41.")).toBeFocused();
  await expect(moreComments(page)).toHaveCount(0);
});

test("with JavaScript, a comment sent after the last one shown offers no More comments, as none is left out", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories, 20);
  await page.goto(`/p/${post.id}`);
  await expect(comments(page)).toHaveCount(20);
  await expect(moreComments(page)).toHaveCount(0);

  await sendComment(page, "The twenty-first.");
  await expect(comment(page, "The twenty-first.")).toContainText("Your new comment");
  await expect(moreComments(page)).toHaveCount(0);

  await page.reload();
  await expect(moreComments(page)).toBeVisible();
  await expect(comment(page, "The twenty-first.")).toHaveCount(0);
});

test("with JavaScript, the comment box is read-only while its comment is sent, and a refusal keeps the text", async ({ loggedInPage: page, factories }) => {
  const { db } = await import("@/lib/db");
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  const box = page.getByLabel("Add a comment");
  await waitForHydration(box);
  // The comment is held on its way until the post is gone.
  const release = await holdFormsSentTo(page, `/p/${post.id}`);
  await box.fill("My first thought.");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveValue("My first thought.");
  await db.post.delete({ where: { id: post.id } });
  release();
  await expect(page.getByRole("alert").filter({ hasText: POST_GONE_FOR_COMMENTS })).toBeVisible();
  await expect(box).toHaveValue("My first thought.");
  await expect(box).toBeEditable();
});

test("with JavaScript, an empty comment is refused with the focus in its box, where the reason is read", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  const box = page.getByLabel("Add a comment");
  await waitForHydration(box);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("Write something to comment.")).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveAccessibleDescription(/Write something to comment\./);
});

test("with JavaScript, the comment box is read-only while its comment is sent, and empty once the comment is shown", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  const box = page.getByLabel("Add a comment");
  await waitForHydration(box);
  const release = await holdFormsSentTo(page, `/p/${post.id}`);
  await box.fill("Held on its way, then shown.");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveValue("Held on its way, then shown.");
  release();
  await expect(comment(page, "Held on its way, then shown.")).toContainText("Your new comment");
  await expect(box).toHaveValue("");
  await expect(box).toBeEditable();
});

test("with JavaScript, the comment and reply boxes count down to the limit and say how far over a text is", async ({ loggedInPage: page, factories }) => {
  const post = await longConversation(factories, 1);
  await page.goto(`/p/${post.id}`);
  const box = page.getByLabel("Add a comment");
  await expect(page.getByText("500 characters left")).toBeVisible();
  await box.fill("a".repeat(495));
  await expect(page.getByText("5 characters left")).toBeVisible();
  await box.fill("a".repeat(505));
  const over = page.getByText("5 characters over");
  await expect(over).toBeVisible();
  await expect(over).toHaveClass(/text-rose-700/);
  await expect(page.getByText(/-\d+ characters/)).toHaveCount(0);
  // Sent all the same, it is refused as without JavaScript.
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("Keep it to 500 characters.")).toBeVisible();
  await expect(box).toHaveValue("a".repeat(505));

  await page.getByRole("link", { name: "Reply to Talkative Tam" }).click();
  await page.getByRole("textbox", { name: "Reply to Talkative Tam" }).fill("b".repeat(499));
  await expect(page.getByText("1 character left")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("More comments lands on the first comment it adds, past those already read", async ({ page, factories }) => {
    const post = await longConversation(factories);
    await page.goto(`/p/${post.id}`);
    await expectOnlyFirstPage(page);
    await moreComments(page).click();
    await expect(page).toHaveURL(new RegExp(`/p/${post.id}\\?cursor=`));
    await expect(comment(page, "Comment 21.")).toBeFocused();
    await expect(comment(page, "Comment 21.")).toBeInViewport();
    await expect(comment(page, "Comment 1.")).not.toBeInViewport();
  });

  test("a comment sent from the comments link (#comments) opens at itself, not at the heading", async ({ loggedInPage: page, factories }) => {
    const post = await longConversation(factories, 15);
    await page.goto(`/p/${post.id}#comments`);
    await sendComment(page, "Sent from the comments link.");
    await expect(comment(page, "Sent from the comments link.")).toBeFocused();
    await expect(comment(page, "Sent from the comments link.")).toBeInViewport();
    // The page it was sent from, afresh (a redirect), naming the comment to show.
    await expect(page).toHaveURL(new RegExp(`/p/${post.id}\\?sent=`));
  });

  test("reloading the page a comment or a reply came back to sends neither again", async ({ loggedInPage: page, user, factories }) => {
    const post = await longConversation(factories, 3);
    await page.goto(`/p/${post.id}`);
    await sendComment(page, "Said once.");
    await page.reload();
    await expect(comment(page, "Said once.")).toContainText("Your new comment");

    const { db } = await import("@/lib/db");
    const first = await db.comment.findFirstOrThrow({ where: { postId: post.id, text: "Comment 1." } });
    await page.goto(`/p/${post.id}/c/${first.id}?reply=1`);
    await page.getByRole("textbox", { name: "Reply to Talkative Tam" }).fill("Replied once.");
    await page.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/p/${post.id}/c/${first.id}\\?sent=`));
    await expect(page.getByText("Replied once.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Replied once.")).toBeVisible();

    expect(await db.comment.count({ where: { postId: post.id, authorId: user.id } })).toBe(2);
  });

  test("an over-long comment is refused, kept, and the box says by how much, with the focus", async ({ loggedInPage: page, factories }) => {
    const post = await longConversation(factories, 1);
    await page.goto(`/p/${post.id}`);
    await page.getByLabel("Add a comment").fill("a".repeat(505));
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(page.getByText("Keep it to 500 characters.")).toBeVisible();
    await expect(page.getByLabel("Add a comment")).toHaveValue("a".repeat(505));
    await expect(page.getByText("5 characters over")).toBeVisible();
    await expect(page.getByLabel("Add a comment")).toBeFocused();
  });
});

test("counts equal lists after a suspension: following, comments and likes", async ({ page, factories }) => {
  const { db } = await import("@/lib/db");
  const [member, liked, hidden, alsoFollowed] = await Promise.all([
    factories.createUser({ displayName: "Counting Cass" }),
    factories.createUser({ displayName: "Liked Lee" }),
    factories.createUser({ displayName: "Hidden Hal" }),
    factories.createUser({ displayName: "Followed Fay" }),
  ]);
  await db.follow.createMany({
    data: [liked, hidden, alsoFollowed].map((followee) => ({ followerId: member.id, followeeId: followee.id })),
  });
  const post = await factories.createPost(member.id, { text: "Counted carefully." });
  await db.like.createMany({ data: [liked, hidden].map((user) => ({ userId: user.id, postId: post.id })) });
  await factories.createComment(post.id, hidden.id, { text: "Soon hidden." });
  await factories.createComment(post.id, liked.id, { text: "Still here." });
  await db.user.update({ where: { id: hidden.id }, data: { suspendedAt: new Date() } });

  await page.goto(`/@${member.username}`);
  await page.getByRole("region", { name: "Profile" }).getByRole("link", { name: "2 following" }).click();
  await expect(page.getByRole("list", { name: "Following" }).getByRole("listitem")).toHaveCount(2);

  await page.goto(`/@${member.username}`);
  const card = page.getByRole("article").filter({ hasText: "Counted carefully." });
  await expect(card.getByRole("link", { name: "1 like", exact: true })).toBeVisible();
  await card.getByRole("link", { name: "1 comment", exact: true }).click();
  await expect(comments(page)).toHaveCount(1);
  await expect(comment(page, "Still here.")).toBeVisible();

  await page.getByRole("link", { name: "Liked by 1 person" }).click();
  await expect(page).toHaveURL(`/p/${post.id}/likes`);
  const likers = page.getByRole("list", { name: "People who liked this post" });
  await expect(likers.getByRole("listitem")).toHaveCount(1);
  await expect(likers).toContainText("Liked Lee");
  await expect(likers).not.toContainText("Hidden Hal");
});

test("the likers list is reached from the like count and lets a member follow them", async ({ loggedInPage: page, factories }) => {
  const { db } = await import("@/lib/db");
  const [author, fan] = await Promise.all([factories.createUser(), factories.createUser({ displayName: "Fan Fiona" })]);
  const post = await factories.createPost(author.id, { text: "Like me." });
  await db.like.create({ data: { userId: fan.id, postId: post.id } });

  await page.goto(`/p/${post.id}`);
  await page.getByRole("link", { name: "Liked by 1 person" }).click();
  await expect(page.getByRole("heading", { name: "Liked by" })).toBeVisible();
  const likers = page.getByRole("list", { name: "People who liked this post" });
  await expect(likers).toContainText("Fan Fiona");
  await expect(likers.getByRole("button", { name: `Follow @${fan.username}` })).toBeVisible();
  await page.getByRole("link", { name: /Post by/ }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
});

for (const width of [390, 1280]) {
  test(`a long conversation and its likers have no accessibility violations in light and dark at ${width} px`, async ({
    loggedInPage: page,
    factories,
  }) => {
    const { db } = await import("@/lib/db");
    await page.setViewportSize({ width, height: 844 });
    const post = await longConversation(factories);
    const fan = await factories.createUser();
    await db.like.create({ data: { userId: fan.id, postId: post.id } });
    await page.goto(`/p/${post.id}`);
    await sendComment(page, "Checked for contrast.");
    await moreComments(page).click();
    await expect(comment(page, "Comment 22.")).toBeVisible();
    await expectNoAxeViolationsLightAndDark(page);
    await page.goto(`/p/${post.id}/likes`);
    await expectNoAxeViolationsLightAndDark(page);
  });
}
