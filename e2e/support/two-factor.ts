import type { Browser, Page } from "@playwright/test";
import { hotp, timeStep } from "@/lib/two-factor/totp";
import { expect } from "./fixtures";

// The login's two steps as a person takes them in the browser, with codes computed here from the
// key, as an authenticator app would (e2e/two-factor.spec.ts, e2e/recovery-codes.spec.ts).

/** The code an app shows `offset` steps from now. The step after the current one is accepted too (±1 drift). */
export const codeOf = (secret: Buffer, offset = 0) => hotp(secret, timeStep() + offset);

/** Logs in with the password, up to the code step. */
export async function passwordStep(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByLabel("Two-factor code")).toBeVisible();
}

/** Sends a code on the code step. */
export async function codeStep(page: Page, code: string) {
  await page.getByLabel("Two-factor code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** Whether `code` (from the app or a recovery code) finishes logging in as `username`, in a browser of its own. */
export async function codeLogsIn(browser: Browser, username: string, password: string, code: string): Promise<boolean> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await passwordStep(page, username, password);
  await codeStep(page, code);
  const loggedIn = page.getByRole("button", { name: "Log out" });
  await expect(loggedIn.or(page.getByText("That code is not right, or was already used."))).toBeVisible();
  const outcome = await loggedIn.isVisible();
  await context.close();
  return outcome;
}
