import type { Page } from "@playwright/test";

/**
 * Holds every form sent to the page at `path` (a server action posts to the page's own address)
 * until the returned function is called: the test looks at the form while it is being sent,
 * and decides when the answer comes, without sleeping.
 */
export async function holdFormsSentTo(page: Page, path: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    },
  );
  return release;
}
