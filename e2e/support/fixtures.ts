import { test as base, type Browser, expect, type Locator, type Page, type Request } from "@playwright/test";
import { readE2eState } from "./state";

// Test data goes straight into the server's database through the same
// factories the integration tests use; logging in goes through next-auth's
// Credentials endpoint, so only the flow under test uses the UI. Images go
// into the server's upload folder.
process.env.DATABASE_URL ??= readE2eState().databaseUrl;
process.env.UPLOAD_DIR ??= readE2eState().uploadDir;
process.env.TWO_FACTOR_ENCRYPTION_KEY ??= readE2eState().twoFactorKey;

export type Factories = typeof import("@/test/factories");
type TestUser = Awaited<ReturnType<Factories["createUser"]>>;

export const test = base.extend<{ user: TestUser; loggedInPage: Page }, { factories: Factories }>({
  // Loaded once a worker, with a time limit of its own: loading Prisma and the
  // factories' modules took 8 of a worker's first test's 30 s on a busy machine.
  factories: [
    async ({}, provide) => {
      await provide(await import("@/test/factories"));
    },
    { scope: "worker", timeout: 60_000 },
  ],
  user: async ({ factories }, provide) => {
    await provide(await factories.createUser());
  },
  loggedInPage: async ({ page, user, factories }, provide) => {
    await logInThroughApi(page, user.username, factories.TEST_PASSWORD);
    await provide(page);
  },
});

export async function logInThroughApi(page: Page, identifier: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

/** A page of its own browser context (cookies apart from the test's `page`), logged in as `username`. */
export async function loggedInBrowser(browser: Browser, username: string, password: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logInThroughApi(page, username, password);
  return page;
}

/** A word no other test uses (`prefix` and six random letters or digits), to find what a test made. */
export function uniqueWord(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}

export { expect };

/**
 * Clicks a form's submit button and waits for its server action to answer.
 * Buttons that update optimistically look done at once; leaving the page
 * before the answer would cancel the request.
 */
export async function submit(page: Page, button: string | Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await (typeof button === "string" ? page.getByRole("button", { name: button }) : button).click();
  await answered;
}

/**
 * Reloads the page twice, as someone might once a form sent without JavaScript has answered, and
 * says how many forms that sent again: none, when the answer was a redirect to a page of its own.
 */
export async function formsSentByReloadingTwice(page: Page): Promise<number> {
  let sent = 0;
  const count = (request: Request) => {
    if (request.method() === "POST") sent += 1;
  };
  page.on("request", count);
  await page.reload();
  await page.reload();
  page.off("request", count);
  return sent;
}
