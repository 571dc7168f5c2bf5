import type { Locator } from "@playwright/test";

/**
 * Waits until React has taken over `element` (it carries React's props), so a
 * click on it runs the app's handler. Until then a link is the browser's own:
 * its click shows the browser's loading indicator instead of ours. And a click
 * that lands while the page is still hydrating can be lost: in a CI run of
 * 3 December 2026 (e2e/edit.spec.ts), the Edit link's click took 194 ms to
 * dispatch on a busy main thread, the page's post-hydration work (prefetches,
 * the live stream) started as it ended, and no navigation followed: the
 * address stayed for 30 s, and no request but aborted prefetches left.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await element.evaluate((node) =>
    new Promise<void>((resolve) => {
      const hydrated = () => Object.keys(node).some((key) => key.startsWith("__reactProps"));
      const check = () => (hydrated() ? resolve() : setTimeout(check, 50));
      check();
    }),
  );
}
