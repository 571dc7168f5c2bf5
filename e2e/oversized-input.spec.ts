import type { Page } from "@playwright/test";
import { logInFormEcho } from "@/lib/accounts/schema";
import { POST_TEXT_LIMIT } from "@/lib/posts/schema";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";
import { expect, test } from "./support/fixtures";

// A 100,000-character post sent without JavaScript once took the server down
// (its echo was counted character by character while rendering), and a 10 MB
// login identifier came back as a 30 MB page. Refused forms now come back
// with the text cut to the field's limit.

/** A text whose every prefix is different, so a cut shows where it happened. */
function numbered(length: number): string {
  let text = "";
  for (let index = 0; text.length < length; index += 1) text += `${index} `;
  return text.slice(0, length);
}

/** Submits a form without JavaScript and returns the size of the page that answers. */
async function submitWithoutScript(page: Page, button: string): Promise<number> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: button }).click();
  const response = await answered;
  await page.waitForLoadState();
  return (await response.body()).length;
}

test.describe("oversized input without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 100,000-character post is refused and comes back cut to the limit", async ({ loggedInPage: page }) => {
    const text = numbered(100_000);
    await page.goto("/");
    await page.getByLabel("What’s happening?").fill(text);

    const pageSize = await submitWithoutScript(page, "Post");

    await expect(page.getByText(`Keep it to ${MAX_POST_LENGTH} characters.`)).toBeVisible();
    await expect(page.getByLabel("What’s happening?")).toHaveValue(text.slice(0, POST_TEXT_LIMIT.codeUnits));
    await expect(page.getByText(`More than ${MAX_POST_LENGTH} characters over`)).toBeVisible();
    expect(pageSize).toBeLessThan(text.length);

    // Nothing could enable a disabled Post again without JavaScript: the refusal says what is wrong, and a shorter text goes.
    await expect(page.getByRole("button", { name: "Post" })).toBeEnabled();
    const shortened = `Shortened after its refusal, ${Date.now()}`;
    await page.getByLabel("What’s happening?").fill(shortened);
    await page.getByRole("button", { name: "Post" }).click();
    // Posted, the form leads to the home feed afresh (a redirect), so a reload cannot post it again.
    await page.waitForURL((url) => url.searchParams.get("post") === "posted");
    await expect(page.getByRole("article").filter({ hasText: shortened })).toBeVisible();
  });

  test("a megabyte login identifier is refused and comes back cut to the most a valid one could take", async ({ page }) => {
    const identifier = numbered(1024 * 1024);
    await page.goto("/login");
    await page.getByLabel("Username or email").fill(identifier);
    await page.getByLabel("Password").fill("whatever it is");

    const pageSize = await submitWithoutScript(page, "Log in");

    await expect(page.getByText("That is too long.")).toBeVisible();
    await expect(page.getByLabel("Username or email")).toHaveValue(identifier.slice(0, logInFormEcho.identifier));
    expect(pageSize).toBeLessThan(100_000);
  });
});
