import type { Browser } from "@playwright/test";
import { type Factories, expect, formsSentByReloadingTwice, loggedInBrowser, test, uniqueWord } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { holdFormsSentTo } from "./support/held-forms";
import { waitForHydration } from "./support/hydration";

// Reporting a post, as the member who reports it, in a real browser. What admins do with
// reports is in report-queue.spec.ts.

/** A stranger's post's report form, as another member opens it; `send`, its button, ready to click. */
async function reportForm(browser: Browser, factories: Factories, javaScriptEnabled: boolean) {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id);
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD, javaScriptEnabled);
  await page.goto(`/report?post=${post.id}`);
  const send = page.getByRole("button", { name: "Send report" });
  if (javaScriptEnabled) await waitForHydration(send);
  return { page, send };
}

test("someone reports a post without JavaScript, is told it was sent, and goes back to it", async ({ browser, factories }) => {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const text = uniqueWord("scam");
  const post = await factories.createPost(author.id, { text });
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD, false);
  await page.goto(`/p/${post.id}`);
  await page.getByRole("link", { name: "Report post" }).click();
  await expect(page.getByRole("heading", { name: "Report this post" })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await page.getByLabel("Harassment or bullying").check();
  await page.getByRole("button", { name: "Send report" }).click();
  // The report page afresh, saying it was sent in place of the form, as with JavaScript.
  await page.waitForURL((url) => url.pathname === "/report" && url.searchParams.get("sent") === "sent");
  await expect(page.getByRole("status")).toHaveText("Thank you. Your report was sent to the moderators.");
  await expect(page.getByRole("status")).toBeFocused();
  await expect(page.getByRole("button", { name: "Send report" })).toHaveCount(0);

  // Reloading it, or coming Back to it, files nothing again.
  expect(await formsSentByReloadingTwice(page)).toBe(0);
  await expect(page.getByRole("status")).toHaveText("Thank you. Your report was sent to the moderators.");
  const { db } = await import("@/lib/db");
  expect(await db.report.count({ where: { targetId: post.id } })).toBe(1);
  await page.getByRole("link", { name: "Back to the post" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
});

test("a post behind a content warning can be read on its report form, which says how long the details may be", async ({ browser, factories }) => {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const text = uniqueWord("pun");
  const post = await factories.createPost(author.id, { text, contentWarning: "Terrible pun" });
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD, false);
  await page.goto(`/report?post=${post.id}`);
  await expect(page.getByText(text)).toBeHidden();
  await page.getByText("Terrible pun").click();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByLabel("Anything the moderators should know?")).toHaveAccessibleDescription(
    "Required for “Something else”. Up to 500 characters.",
  );
});

test("the report form's Cancel goes back to the post and sends nothing", async ({ browser, factories }) => {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id);
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD, false);
  await page.goto(`/report?post=${post.id}`);
  await page.getByLabel("Spam").check();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(`/p/${post.id}`);
  const { db } = await import("@/lib/db");
  expect(await db.report.count({ where: { targetId: post.id } })).toBe(0);
});

test("with JavaScript, the form sent from the keyboard gives way to its confirmation, focused", async ({ browser, factories }) => {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id);
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD);
  await page.goto(`/report?post=${post.id}`);
  const send = page.getByRole("button", { name: "Send report" });
  await waitForHydration(send);
  await page.getByLabel("Spam").check();
  await send.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Thank you. Your report was sent to the moderators.");
  await expect(page.getByRole("status")).toBeFocused();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a report sent without a reason takes focus to the reasons, marked invalid and described by the error, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({
    browser,
    factories,
  }) => {
    const { page, send } = await reportForm(browser, factories, javaScriptEnabled);
    await send.click();
    await expect(page.getByText("Choose a reason.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Spam" })).toBeFocused();
    const reasons = page.getByRole("radiogroup", { name: "Why are you reporting it?" });
    await expect(reasons).toHaveAttribute("aria-invalid", "true");
    await expect(reasons).toHaveAccessibleDescription("Choose a reason.");
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`a report refused for its missing details keeps the reason chosen, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser, factories }) => {
    const { page, send } = await reportForm(browser, factories, javaScriptEnabled);
    await page.getByLabel("Something else").check();
    await send.click();
    await expect(page.getByText("Say what is wrong when you choose “Something else”.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Anything the moderators should know?" })).toBeFocused();
    await expect(page.getByRole("radio", { name: "Something else" })).toBeChecked();
  });
}

test("with JavaScript, a report takes no changes while it is sent, and a refusal keeps what was sent", async ({ browser, factories }) => {
  const { page, send } = await reportForm(browser, factories, true);
  const release = await holdFormsSentTo(page, "/report");
  const details = page.getByRole("textbox", { name: "Anything the moderators should know?" });
  await page.getByLabel("Something else").check();
  await send.click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  // React starts the form over from what was sent once it is answered: a change made meanwhile would be lost.
  await expect(details).not.toBeEditable();
  await expect(page.getByRole("radio", { name: "Spam" })).toBeDisabled();
  release();
  await expect(page.getByText("Say what is wrong when you choose “Something else”.")).toBeVisible();
  await expect(details).toBeEditable();
  await expect(page.getByRole("radio", { name: "Something else" })).toBeChecked();
});

test("the report form is accessible in light and dark", async ({ browser, factories }) => {
  const [author, reporter] = await Promise.all([factories.createUser(), factories.createUser()]);
  const post = await factories.createPost(author.id, { contentWarning: "spoilers" });
  const page = await loggedInBrowser(browser, reporter.username, factories.TEST_PASSWORD);
  await page.goto(`/report?post=${post.id}`);
  await expect(page.getByRole("button", { name: "Send report" })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});
