import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows the seeded community's latest posts, newest first", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Latest posts" })).toBeVisible();

    const posts = page.getByRole("article");
    await expect(posts.first()).toContainText("Reading list for winter");
    await expect(posts.first()).toContainText("@dana");
    await expect(posts).toHaveCount(20);
  });

  test("loads older posts while scrolling", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(20);
    await page.getByRole("navigation", { name: "Pagination" }).scrollIntoViewIfNeeded();
    // Other specs may add posts meanwhile: the feed ends with the oldest seeded post, whatever the count.
    await expect(page.getByRole("article").last()).toContainText("Welcome to Commons!");
    await expect(page.getByText("You’re all caught up.")).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("pages back through older posts with a plain link", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Older posts" }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(page.getByRole("article").last()).toContainText("Welcome to Commons!");
      await expect(page.getByRole("link", { name: "Older posts" })).toHaveCount(0);
    });
  });

  test("serves seeded images as WebP from the upload pipeline", async ({ page, request }) => {
    await page.goto("/");
    const image = page.getByRole("img", { name: /Demo picture 1 by kofi/ });
    await expect(image).toBeVisible();
    const response = await request.get((await image.getAttribute("src"))!);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).subarray(8, 12).toString("ascii")).toBe("WEBP");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test("answers unknown pages with a 404 page", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
