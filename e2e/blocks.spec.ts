import { expect, formsSentByReloadingTwice, logInThroughApi, submit, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";
import { holdFormsSentTo } from "./support/held-forms";
import { waitForHydration } from "./support/hydration";

test("a person blocks a harasser, who then finds the profile and posts missing and cannot follow or reply", async ({ loggedInPage: page, user, factories }) => {
  const harasser = await factories.createUser();
  const post = await factories.createPost(user.id, { text: "My quiet post" });
  await factories.createFollow(harasser.id, user.id);

  await page.goto(`/@${harasser.username}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await submit(page, `Block @${harasser.username}`);
  await expect(page.getByText(`You blocked @${harasser.username}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Unblock @${harasser.username}` })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^(Follow|Following) @${harasser.username}$`) })).toHaveCount(0);

  await page.context().clearCookies();
  await logInThroughApi(page, harasser.username, factories.TEST_PASSWORD);
  await page.goto(`/@${user.username}`);
  await expect(page.getByRole("heading", { name: "This account doesn’t exist" })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^(Follow|Following) @${user.username}$`) })).toHaveCount(0);
  const postPage = await page.goto(`/p/${post.id}`);
  expect(postPage?.status()).toBe(404);
  await expect(page.getByRole("textbox", { name: /comment|reply/i })).toHaveCount(0);
});

test("with JavaScript, Block asks first: dismissing changes nothing, accepting blocks", async ({ loggedInPage: page, user, factories }) => {
  const other = await factories.createUser();
  const { db } = await import("@/lib/db");
  const blockRows = () => db.block.count({ where: { blockerId: user.id, blockedId: other.id } });
  await page.goto(`/@${other.username}`);
  const blockButton = page.getByRole("button", { name: `Block @${other.username}`, exact: true });

  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await blockButton.click();
  await expect.poll(() => questions).toEqual([
    `Block @${other.username}? You will no longer see each other’s posts or comments, and they cannot follow or reply to you. Your follows, likes and reposts of each other end, and unblocking does not bring them back.`,
  ]);
  await page.reload();
  await expect(blockButton).toBeVisible();
  await expect(page.getByText(`You blocked @${other.username}.`)).toHaveCount(0);
  expect(await blockRows()).toBe(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await blockButton.click();
  await expect(page.getByText(`You blocked @${other.username}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Unblock @${other.username}` })).toBeVisible();
  expect(await blockRows()).toBe(1);
});

test("with JavaScript, the keyboard stays on Mute, Unmute, Block and Unblock as each turns into its opposite", async ({ loggedInPage: page, factories }) => {
  const other = await factories.createUser();
  await page.goto(`/@${other.username}`);
  const button = (name: string) => page.getByRole("button", { name: `${name} @${other.username}`, exact: true });
  await waitForHydration(button("Block"));
  page.on("dialog", (dialog) => void dialog.accept());
  for (const [pressed, replacement] of [["Mute", "Unmute"], ["Unmute", "Mute"], ["Block", "Unblock"], ["Unblock", "Block"]] as const) {
    await button(pressed).press("Enter");
    await expect(button(replacement)).toBeFocused();
  }
});

test("with JavaScript, the muted-word form takes no typing or choice while it is sent, and a refusal keeps what was sent", async ({ loggedInPage: page }) => {
  await page.goto("/settings/safety");
  const box = page.getByRole("textbox", { name: "Word or phrase" });
  await waitForHydration(box);
  await page.getByRole("radio", { name: "7 days" }).check();
  const release = await holdFormsSentTo(page, "/settings/safety");
  await page.getByRole("button", { name: "Mute word" }).click();
  await expect(page.getByRole("button", { name: "Muting…" })).toBeVisible();
  // Read-only while it is sent: the answer starts the form over, and would take what was typed meanwhile.
  await expect(box).not.toBeEditable();
  await expect(page.getByRole("radio", { name: "30 days" })).toBeDisabled();
  release();
  await expect(page.getByText("Type a word or phrase to mute.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "30 days" })).toBeEnabled();
  await expect(box).toBeEditable();
  await expect(box).toBeFocused();
  await expect(page.getByRole("radio", { name: "7 days" })).toBeChecked();
});

test("with JavaScript, the keyboard stays in the settings' lists as their rows go", async ({ loggedInPage: page, user, factories }) => {
  const [first, second, blocked] = await Promise.all([factories.createUser(), factories.createUser(), factories.createUser()]);
  const { db } = await import("@/lib/db");
  await db.mute.createMany({ data: [first, second].map((muted) => ({ muterId: user.id, mutedId: muted.id })) });
  await db.block.create({ data: { blockerId: user.id, blockedId: blocked.id } });
  await page.goto("/settings/safety");
  for (const phrase of ["durian", "anchovy"]) {
    await page.getByRole("textbox", { name: "Word or phrase" }).fill(phrase);
    await submit(page, "Mute word");
    await expect(page.getByRole("list", { name: "Your muted words" })).toContainText(`“${phrase}”`);
  }
  // A removed row's place goes to the row below it; the last one leaves the list saying it is empty.
  const mutedAccounts = page.locator("#muted").getByRole("button");
  await waitForHydration(mutedAccounts.first());
  await mutedAccounts.first().press("Enter");
  await expect(mutedAccounts).toHaveCount(1);
  await expect(mutedAccounts.first()).toBeFocused();
  await mutedAccounts.first().press("Enter");
  await expect(page.getByText("You have not muted anyone.")).toBeVisible();
  await expect(page.locator(":focus")).toContainText("You have not muted anyone.");

  const mutedWords = page.getByRole("list", { name: "Your muted words" }).getByRole("button");
  await mutedWords.first().press("Enter");
  await expect(mutedWords).toHaveCount(1);
  await expect(mutedWords.first()).toBeFocused();

  await page.getByRole("button", { name: `Unblock @${blocked.username}`, exact: true }).press("Enter");
  await expect(page.locator(":focus")).toContainText("You have not blocked anyone.");

  // Later, the unblocked account's profile, reached within the same page, is not taken for the answer.
  await factories.createPost(blocked.id, { text: `Back again ${blocked.username}` });
  await page.getByRole("link", { name: "Explore" }).first().click();
  await page.waitForURL("**/explore");
  await page.getByRole("article").filter({ hasText: `Back again ${blocked.username}` }).getByRole("link", { name: blocked.displayName, exact: true }).click();
  await page.waitForURL(`**/@${blocked.username}`);
  await expect(page.getByRole("button", { name: `Block @${blocked.username}`, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Block @${blocked.username}`, exact: true })).not.toBeFocused();
});

test.describe("in the reader's time zone", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("a muted word's end is shown in the reader's time, not the server's UTC", async ({ loggedInPage: page, user }) => {
    const { db } = await import("@/lib/db");
    const expiresAt = new Date("2031-01-02T03:04:00Z");
    await db.mutedWord.create({ data: { userId: user.id, phrase: "eclipse", expiresAt } });
    await page.goto("/settings/safety");
    const row = page.getByRole("list", { name: "Your muted words" }).getByRole("listitem").filter({ hasText: "eclipse" });
    // 3:04 UTC on 2 January is 7:04 PM on 1 January in Los Angeles.
    await expect(row.locator("time")).toHaveText("7:04 PM · Jan 1, 2031");
    await expect(row.locator("time")).toHaveAttribute("datetime", expiresAt.toISOString());
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused muted word keeps the duration that was chosen", async ({ loggedInPage: page }) => {
    await page.goto("/settings/safety");
    await page.getByRole("radio", { name: "30 days" }).check();
    await page.getByRole("button", { name: "Mute word" }).click();
    await expect(page.getByText("Type a word or phrase to mute.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "30 days" })).toBeChecked();
  });

  test("a muted word leads to the settings afresh, which say so, focused; reloading them mutes nothing again", async ({ loggedInPage: page, user }) => {
    const phrase = uniqueWord("spoiler");
    await page.goto("/settings/safety");
    await page.getByLabel("Word or phrase").fill(phrase);
    await page.getByRole("button", { name: "Mute word" }).click();
    await page.waitForURL((url) => url.pathname === "/settings/safety" && url.searchParams.has("muted-word"));
    await expect(page.getByRole("status")).toHaveText(`Muted “${phrase}”.`);
    await expect(page.locator(":focus")).toHaveText(`Muted “${phrase}”.`);

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByRole("status")).toHaveText(`Muted “${phrase}”.`);
    await expect(page.getByRole("list", { name: "Your muted words" }).getByRole("listitem")).toHaveCount(1);
    const { db } = await import("@/lib/db");
    expect(await db.mutedWord.count({ where: { userId: user.id } })).toBe(1);
  });

  test("a removed muted word leads to the muted words afresh, and reloading them is not told it is gone", async ({ loggedInPage: page, user }) => {
    const { db } = await import("@/lib/db");
    await db.mutedWord.create({ data: { userId: user.id, phrase: "thunder" } });
    await page.goto("/settings/safety");
    await page.getByRole("button", { name: "Remove muted word “thunder”" }).click();
    await page.waitForURL((url) => url.pathname === "/settings/safety" && url.hash === "#section-muted-words");
    await expect(page.getByText("You have not muted any words.")).toBeVisible();

    expect(await formsSentByReloadingTwice(page)).toBe(0);
    await expect(page.getByText("You have not muted any words.")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("Mute, Unmute and Unblock lead back to their page afresh, and reloading it sends none of them again", async ({ loggedInPage: page, user, factories }) => {
    const other = await factories.createUser();
    const { db } = await import("@/lib/db");
    const mutes = { muterId: user.id, mutedId: other.id };
    await page.goto(`/@${other.username}`);
    // What each did is said on the page it leads back to, as a row gone says nothing to a screen reader.
    const said = page.getByRole("dialog", { name: "Done" }).getByRole("status");
    await page.getByRole("button", { name: `Mute @${other.username}`, exact: true }).click();
    await expect(page.getByRole("button", { name: `Unmute @${other.username}`, exact: true })).toBeVisible();
    await expect(said).toHaveText("Muted.");
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    expect(await db.mute.count({ where: mutes })).toBe(1);

    await page.getByRole("button", { name: `Unmute @${other.username}`, exact: true }).click();
    await expect(page.getByRole("button", { name: `Mute @${other.username}`, exact: true })).toBeVisible();
    await expect(said).toHaveText("Unmuted.");
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    expect(await db.mute.count({ where: mutes })).toBe(0);

    await db.block.create({ data: { blockerId: user.id, blockedId: other.id } });
    await page.goto("/settings/safety");
    await expect(said).toHaveCount(0);
    await page.getByRole("button", { name: `Unblock @${other.username}`, exact: true }).click();
    await expect(page.getByText("You have not blocked anyone.")).toBeVisible();
    await expect(said).toHaveText("Unblocked.");
    expect(await formsSentByReloadingTwice(page)).toBe(0);
    expect(await db.block.count({ where: { blockerId: user.id } })).toBe(0);
  });

  test("Block opens a page that asks first, saying what it ends; Cancel keeps things as they were, confirming blocks and ends the follows, likes and reposts", async ({ loggedInPage: page, user, factories }) => {
    const other = await factories.createUser();
    const [mine, theirs] = await Promise.all([factories.createPost(user.id), factories.createPost(other.id)]);
    await Promise.all([factories.createFollow(user.id, other.id), factories.createFollow(other.id, user.id)]);
    await Promise.all([factories.createLike(user.id, theirs.id), factories.createLike(other.id, mine.id)]);
    const { db } = await import("@/lib/db");
    await db.repost.create({ data: { userId: other.id, postId: mine.id } });
    const between = { OR: [{ followerId: user.id, followeeId: other.id }, { followerId: other.id, followeeId: user.id }] };
    const marksBetween = async () =>
      (await db.like.count({ where: { postId: { in: [mine.id, theirs.id] } } })) + (await db.repost.count({ where: { postId: mine.id } }));
    await page.goto(`/@${other.username}`);
    await page.getByRole("button", { name: `Block @${other.username}`, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/@${other.username}/block\\??$`));
    await expect(page.getByRole("heading", { name: `Block @${other.username}?` })).toBeVisible();
    await expect(page.getByText(`The follows, likes and reposts between you and ${other.displayName} end, both ways.`)).toBeVisible();
    await expect(page.getByText("unblocking does not bring back what the block ended.")).toBeVisible();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(`/@${other.username}`);
    await expect(page.getByRole("button", { name: `Block @${other.username}`, exact: true })).toBeVisible();
    expect(await db.block.count({ where: { blockerId: user.id } })).toBe(0);
    expect(await db.follow.count({ where: between })).toBe(2);
    expect(await marksBetween()).toBe(3);

    await page.goto(`/@${other.username}/block`);
    await page.getByRole("button", { name: "Block account" }).click();
    await expect(page).toHaveURL(`/@${other.username}`);
    await expect(page.getByText(`You blocked @${other.username}.`)).toBeVisible();
    await expect(page.getByText("Unblocking does not bring back the follows, likes and reposts between you that the block ended.")).toBeVisible();
    expect(await db.block.count({ where: { blockerId: user.id, blockedId: other.id } })).toBe(1);
    expect(await db.follow.count({ where: between })).toBe(0);
    expect(await marksBetween()).toBe(0);
  });
});

test("the block confirmation page sends visitors to log in, and is missing for unknown accounts and for yourself", async ({ page, factories }) => {
  const [person, other] = await Promise.all([factories.createUser(), factories.createUser()]);
  const path = `/@${other.username}/block`;
  await page.goto(path);
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(path)}`);

  await logInThroughApi(page, person.username, factories.TEST_PASSWORD);
  expect((await page.goto(path))?.status()).toBe(200);
  expect((await page.goto(`/@no_one_${Date.now().toString(36)}/block`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This account doesn’t exist" })).toBeVisible();
  expect((await page.goto(`/@${person.username}/block`))?.status()).toBe(404);
});

test("blocked and muted accounts are listed in settings, and unblocking brings the profile back", async ({ loggedInPage: page, user, factories }) => {
  const [blocked, muted] = await Promise.all([factories.createUser({ displayName: "Blocked Bo" }), factories.createUser({ displayName: "Muted Mo" })]);
  const { db } = await import("@/lib/db");
  await db.block.create({ data: { blockerId: user.id, blockedId: blocked.id } });
  await db.mute.create({ data: { muterId: user.id, mutedId: muted.id } });

  await page.goto("/settings/safety");
  await expect(page.getByRole("heading", { name: "Blocked and muted", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Blocked Bo/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Muted Mo/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await submit(page, `Unblock @${blocked.username}`);
  await expect(page.getByText("You have not blocked anyone.")).toBeVisible();
  await page.goto(`/@${blocked.username}`);
  await expect(page.getByRole("button", { name: `Follow @${blocked.username}` })).toBeVisible();
});

test("a person mutes an account from its profile, and its posts leave their home feed", async ({ loggedInPage: page, user, factories }) => {
  const [noisy, friend] = await Promise.all([factories.createUser(), factories.createUser()]);
  await Promise.all([factories.createFollow(user.id, noisy.id), factories.createFollow(user.id, friend.id)]);
  await factories.createPost(noisy.id, { text: "Noisy noise again" });
  await factories.createPost(friend.id, { text: "A calm evening" });

  await page.goto(`/@${noisy.username}`);
  await expect(page.getByText("Noisy noise again")).toBeVisible();
  await submit(page, `Mute @${noisy.username}`);
  await expect(page.getByRole("button", { name: `Unmute @${noisy.username}` })).toBeVisible();

  await page.goto("/");
  await expect(page.getByText("A calm evening")).toBeVisible();
  await expect(page.getByText("Noisy noise again")).toHaveCount(0);
});

test("a post's comments and a search emptied by a mute say so; comments hidden by someone's block of the reader say nothing of it", async ({ loggedInPage: page, user, factories }) => {
  const noisy = await factories.createUser();
  const post = await factories.createPost(user.id, { text: "Quiet thoughts" });
  await factories.createComment(post.id, noisy.id, { text: "Loud reply" });
  const { db } = await import("@/lib/db");
  await db.mute.create({ data: { muterId: user.id, mutedId: noisy.id } });

  await page.goto(`/p/${post.id}`);
  await expect(page.getByText("The comments here are from accounts you muted or blocked, so they are hidden.")).toBeVisible();
  await expect(page.getByText("Loud reply")).toHaveCount(0);
  await expect(page.getByText("No comments yet")).toHaveCount(0);

  // Comments by someone who blocked the reader are simply not there for them: nothing says a block.
  const blocker = await factories.createUser();
  const other = await factories.createPost(user.id, { text: "Another thought" });
  await factories.createComment(other.id, blocker.id, { text: "Blocking reply" });
  await db.block.create({ data: { blockerId: blocker.id, blockedId: user.id } });
  await page.goto(`/p/${other.id}`);
  await expect(page.getByText("No comments yet. Start the conversation.")).toBeVisible();
  await expect(page.getByText("muted or blocked")).toHaveCount(0);

  // A search that only finds the muted account's posts says why, as the post's page does.
  const word = uniqueWord("noisyword");
  await factories.createPost(noisy.id, { text: `Shouting ${word}` });
  await page.goto(`/search?q=${word}&type=posts`);
  await expect(page.getByText(`The posts matching “${word}” are from accounts you muted or blocked, so they are hidden.`)).toBeVisible();
});

test("a person mutes a word in settings, and posts with it leave their home feed", async ({ loggedInPage: page, user, factories }) => {
  const friend = await factories.createUser();
  await factories.createFollow(user.id, friend.id);
  await factories.createPost(friend.id, { text: "Who likes Durian anyway" });
  await factories.createPost(friend.id, { text: "A calm evening" });

  await page.goto("/settings/safety");
  await page.getByRole("textbox", { name: "Word or phrase" }).fill("durian");
  await submit(page, "Mute word");
  await expect(page.getByText("Muted “durian”.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your muted words" })).toContainText("“durian”");

  await page.goto("/");
  await expect(page.getByText("A calm evening")).toBeVisible();
  await expect(page.getByText("Who likes Durian anyway")).toHaveCount(0);
});

test("a long muted word wraps beside its Remove button, which keeps its one line on a phone", async ({ loggedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/safety");
  const word = "supercalifragilistic".repeat(5);
  await page.getByRole("textbox", { name: "Word or phrase" }).fill(word);
  await submit(page, "Mute word");
  const remove = page.getByRole("button", { name: `Remove muted word “${word}”` });
  const box = await remove.boundingBox();
  expect(box?.height).toBeLessThan(40);
  expect(box?.width).toBeGreaterThan(60);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test("a tag page, a search and a home feed that muted words empty say so, and link to the muted words", async ({ loggedInPage: page, user, factories }) => {
  const author = await factories.createUser();
  await factories.createFollow(user.id, author.id);
  const tag = uniqueWord("sourdough");
  await factories.createPost(author.id, { text: `First loaf #${tag}` });
  await factories.createPost(author.id, { text: `Second loaf #${tag}` });

  await page.goto("/settings/safety");
  await page.getByRole("textbox", { name: "Word or phrase" }).fill(`#${tag}`);
  await submit(page, "Mute word");
  await expect(page.getByText(`Muted “#${tag}”.`)).toBeVisible();

  await page.goto(`/tags/${tag}`);
  await expect(page.getByText(`Posts tagged #${tag} are hidden by your muted words.`)).toBeVisible();
  await expect(page.getByText(`No posts are tagged #${tag} yet.`)).toHaveCount(0);
  const hiddenInSearch = page.getByText(`Posts matching “${tag}” are hidden by your muted words.`);
  await page.goto(`/search?q=${tag}`);
  await expect(hiddenInSearch).toBeVisible();
  await page.goto(`/search?q=${tag}&type=posts`);
  await expect(hiddenInSearch).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("Posts from you and the people you follow are hidden by your muted words.")).toBeVisible();
  await expect(page.getByText("Your home feed is empty.")).toHaveCount(0);

  await page.getByRole("link", { name: "Review your muted words" }).click();
  await page.waitForURL("**/settings/safety#section-muted-words");
  await expect(page.getByRole("list", { name: "Your muted words" })).toContainText(`“#${tag}”`);
});
