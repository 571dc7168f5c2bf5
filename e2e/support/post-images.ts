import type { Locator, Page } from "@playwright/test";
import type { TestImage } from "@/test/factories";
import { postHref } from "@/lib/routes";

// Shared by the specs of a post's images: the grid (images.spec.ts) and the full-size viewer (image-viewer.spec.ts).

export type Factories = typeof import("@/test/factories");

/** Opens the page of a new post with these images (real WebP files in the server's upload folder). */
export async function showPost(page: Page, factories: Factories, images: TestImage[]): Promise<Locator> {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { images });
  await page.goto(postHref(post.id));
  return page.getByRole("article").first();
}

/**
 * Waits for React to take over the grid: a link clicked before that opens the
 * file itself, as it does without JavaScript.
 */
export async function untilInteractive(page: Page) {
  await page.waitForFunction(() => {
    const grid = document.querySelector(".images");
    return grid !== null && Object.keys(grid).some((key) => key.startsWith("__reactProps"));
  });
}
