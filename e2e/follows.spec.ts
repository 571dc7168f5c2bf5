import type { Page } from "@playwright/test";
import { expect, logInThroughApi, submit, test } from "./support/fixtures";
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";

/** The button is named by what it shows: "Follow", "Following", or under the pointer "Unfollow". */
function followButtonName(username: string) {
  return new RegExp(`^(Follow|Following|Unfollow) @${username}$`);
}

function followButton(page: Page, username: string) {
  return page.getByRole("region", { name: "Profile" }).getByRole("button", { name: followButtonName(username) });
}

function followerCount(page: Page, text: string) {
  return page.getByRole("region", { name: "Profile" }).getByRole("link", { name: text });
}

test("a member follows someone from their profile, appears in their followers, and unfollows", async ({
  loggedInPage: page,
  user,
  factories,
}) => {
  const writer = await factories.createUser({ displayName: "Wren Writer" });
  await page.goto(`/@${writer.username}`);
  await expect(followButton(page, writer.username)).toHaveAttribute("aria-pressed", "false");
  await expect(followerCount(page, "0 followers")).toBeVisible();

  await submit(page, `Follow @${writer.username}`);
  await expect(followButton(page, writer.username)).toHaveAttribute("aria-pressed", "true");
  await expect(followButton(page, writer.username)).toContainText("Following");
  await expect(followerCount(page, "1 follower")).toBeVisible();

  await followerCount(page, "1 follower").click();
  await expect(page).toHaveURL(`/@${writer.username}/followers`);
  await expect(page.getByRole("heading", { name: "People following Wren Writer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Followers (1)" })).toHaveAttribute("aria-current", "page");
  const followers = page.getByRole("list", { name: "Followers" });
  await expect(followers.getByRole("listitem")).toHaveCount(1);
  await expect(followers.getByRole("link", { name: new RegExp(`@${user.username}`) })).toBeVisible();
  // No button to follow yourself.
  await expect(followers.getByRole("button")).toHaveCount(0);

  await page.goto(`/@${writer.username}`);
  await submit(page, followButton(page, writer.username));
  await expect(followButton(page, writer.username)).toHaveAttribute("aria-pressed", "false");
  await expect(followerCount(page, "0 followers")).toBeVisible();
  await page.goto(`/@${writer.username}/followers`);
  await expect(page.getByText("No one follows @" + writer.username + " yet.")).toBeVisible();
});

test("an account unfollowed from one's own Following list stays in its place until reload, with Follow to press again by keyboard", async ({ loggedInPage: page, user, factories }) => {
  const [first, second] = await Promise.all([factories.createUser(), factories.createUser()]);
  await factories.createFollow(user.id, first.id);
  await factories.createFollow(user.id, second.id);
  const { db } = await import("@/lib/db");
  const follows = () => db.follow.count({ where: { followerId: user.id, followeeId: second.id } });
  await page.goto(`/@${user.username}/following`);
  const following = page.getByRole("list", { name: "Following" });
  await expect(following.getByRole("listitem")).toHaveCount(2);

  // The newest follow first.
  const button = following.getByRole("button", { name: followButtonName(second.username) });
  await waitForHydration(button);
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Following (1)" })).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await expect(button).toHaveText(`Follow @${second.username}`);
  await expect(button).toBeFocused();
  await expect(following.getByRole("listitem")).toHaveCount(2);
  await expect(following.getByRole("listitem").first()).toContainText(`@${second.username}`);
  expect(await follows()).toBe(0);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Following (2)" })).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(button).toBeFocused();
  expect(await follows()).toBe(1);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Following (1)" })).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  // Refused (they blocked the reader meanwhile): the kept row still says what is true.
  await db.block.create({ data: { blockerId: second.id, blockedId: user.id } });
  await page.keyboard.press("Enter");
  await expect(following.getByRole("listitem").first().getByRole("alert")).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  expect(await follows()).toBe(0);
  await page.reload();
  await expect(following.getByRole("listitem")).toHaveCount(1);
  await expect(following.getByRole("button", { name: followButtonName(first.username) })).toBeVisible();
});

test("a member follows back from their followers list", async ({ page, factories }) => {
  const [member, fan] = await Promise.all([factories.createUser(), factories.createUser()]);
  const { db } = await import("@/lib/db");
  await db.follow.create({ data: { followerId: fan.id, followeeId: member.id } });
  await logInThroughApi(page, member.username, factories.TEST_PASSWORD);

  await page.goto(`/@${member.username}/followers`);
  await submit(page, `Follow @${fan.username}`);
  // Still under the pointer, "Following" reads "Unfollow".
  await expect(page.getByRole("button", { name: followButtonName(fan.username) })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: /^Following \(/ }).click();
  await expect(page.getByRole("list", { name: "Following" }).getByRole("link", { name: new RegExp(`@${fan.username}`) })).toBeVisible();
});

test("visitors who are not logged in are asked to log in to follow", async ({ page, factories }) => {
  const writer = await factories.createUser();
  await page.goto(`/@${writer.username}`);
  await page.getByRole("link", { name: "Log in to follow" }).click();
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(`/@${writer.username}`)}`);
});

test("hovering or focusing \"Following\" says \"Unfollow\", and so does the button's name", async ({ page, factories }) => {
  const [member, writer] = await Promise.all([factories.createUser(), factories.createUser()]);
  const { db } = await import("@/lib/db");
  await db.follow.create({ data: { followerId: member.id, followeeId: writer.id } });
  await logInThroughApi(page, member.username, factories.TEST_PASSWORD);

  await page.goto(`/@${writer.username}`);
  const button = page.getByRole("region", { name: "Profile" }).getByRole("button", { pressed: true });
  await expect(button).toHaveAccessibleName(`Following @${writer.username}`);
  await expect(button.getByText("Following")).toBeVisible();
  await expect(button.getByText("Unfollow")).toBeHidden();

  await button.hover();
  await expect(button.getByText("Unfollow")).toBeVisible();
  await expect(button.getByText("Following")).toBeHidden();
  await expect(button).toHaveAccessibleName(`Unfollow @${writer.username}`);

  await page.mouse.move(0, 0);
  await expect(button.getByText("Following")).toBeVisible();
  // Keyboard focus shows the same warning.
  await button.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await expect(button.getByText("Unfollow")).toBeVisible();
  await expect(button).toHaveAccessibleName(`Unfollow @${writer.username}`);
  // Speech control says what it sees: the name holds the words on the button (axe's label-content-name-mismatch).
  await expectNoAxeViolations(page, { include: "[aria-pressed]" });

  await page.keyboard.press("Enter");
  await expect(followButton(page, writer.username)).toHaveAttribute("aria-pressed", "false");
  await expect(followButton(page, writer.username)).toHaveAccessibleName(`Follow @${writer.username}`);
  await expect.poll(() => db.follow.count({ where: { followerId: member.id, followeeId: writer.id } })).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("following still works as a plain form", async ({ loggedInPage: page, factories }) => {
    const writer = await factories.createUser();
    await page.goto(`/@${writer.username}`);
    await submit(page, `Follow @${writer.username}`);
    await expect(followButton(page, writer.username)).toHaveAttribute("aria-pressed", "true");
    await expect(followerCount(page, "1 follower")).toBeVisible();
  });

  test("following someone far down a list of people comes back at their row, not the list's top", async ({ loggedInPage: page, factories }) => {
    const { db } = await import("@/lib/db");
    const star = await factories.createUser();
    const fans = [];
    for (let index = 0; index < 15; index++) fans.push(await factories.createUser());
    await db.follow.createMany({ data: fans.map((fan) => ({ followerId: fan.id, followeeId: star.id })) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/@${star.username}/followers`);
    const row = page.getByRole("list", { name: "Followers" }).getByRole("listitem").nth(12);
    const username = (await row.getByRole("link").first().textContent())?.match(/@(\w+)$/)?.[1] ?? "";
    await submit(page, row.getByRole("button", { name: `Follow @${username}`, exact: true }));
    await page.waitForURL(/#person-/);
    await expect(row.getByRole("button", { name: followButtonName(username) })).toHaveAttribute("aria-pressed", "true");
    await expect(row).toBeInViewport();
  });
});

test("the followers page has no accessibility violations in the light and the dark theme", async ({
  loggedInPage: page,
  user,
  factories,
}) => {
  const { db } = await import("@/lib/db");
  const fans = await Promise.all([factories.createUser(), factories.createUser()]);
  await db.follow.createMany({ data: fans.map((fan) => ({ followerId: fan.id, followeeId: user.id })) });
  await db.follow.create({ data: { followerId: user.id, followeeId: fans[0]!.id } });

  await page.goto(`/@${user.username}/followers`);
  await expect(page.getByRole("list", { name: "Followers" }).getByRole("listitem")).toHaveCount(2);
  await expectNoAxeViolationsLightAndDark(page);
});
