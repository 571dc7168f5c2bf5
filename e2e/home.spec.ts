import { expect, test } from "@playwright/test";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";

test.describe("home page", () => {
  test("shows the seeded community's latest posts, newest first", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Latest posts" })).toBeVisible();

    // Other specs add posts to the same database meanwhile: the page shows twenty, newest first.
    const posts = page.getByRole("article");
    await expect(posts).toHaveCount(20);
    // Each card's first time is when it was posted (an edited one has a second).
    const times = await posts.evaluateAll((cards) => cards.map((card) => card.querySelector("time")?.getAttribute("datetime") ?? ""));
    expect(times).toHaveLength(20);
    expect(times).toEqual([...times].sort().reverse());
  });

  test("loads older posts while scrolling", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(20);
    // Other specs may add posts meanwhile: keep scrolling, a page at a time, to the end.
    const caughtUp = page.getByText("You’re all caught up.");
    for (let pages = 0; pages < 30 && !(await caughtUp.isVisible()); pages += 1) {
      const shown = await page.getByRole("article").count();
      await page.getByRole("navigation", { name: "Pagination" }).scrollIntoViewIfNeeded();
      await expect(page.getByRole("article").nth(shown).or(caughtUp).first()).toBeVisible();
    }
    await expect(caughtUp).toBeVisible();
    // Other specs may also add posts dated before the seed's: the oldest seeded post is there, not necessarily last.
    await expect(page.getByRole("article").filter({ hasText: "Welcome to Commons!" })).toHaveCount(1);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("pages back through older posts with a plain link", async ({ page }) => {
      await page.goto("/");
      const older = page.getByRole("link", { name: "Older posts" });
      await older.click();
      await expect(page).toHaveURL(/cursor=/);
      // Other specs may have added pages of posts before and after the seeded ones:
      // walk to the end, looking for the oldest seeded post on the way.
      const welcome = page.getByRole("article").filter({ hasText: "Welcome to Commons!" });
      let seenWelcome = (await welcome.count()) > 0;
      for (let pages = 0; pages < 30 && (await older.count()) > 0; pages += 1) {
        const from = page.url();
        await older.click();
        await page.waitForURL((url) => url.toString() !== from);
        seenWelcome ||= (await welcome.count()) > 0;
      }
      expect(seenWelcome).toBe(true);
      await expect(older).toHaveCount(0);
    });
  });

  test("serves seeded images as WebP from the upload pipeline", async ({ page, request }) => {
    // Kofi's profile: on the home page, other specs' newer posts may push it to a later page.
    await page.goto("/@kofi");
    const image = page.getByRole("img", { name: /Demo picture 1 by kofi/ });
    await expect(image).toBeVisible();
    const response = await request.get((await image.getAttribute("src"))!);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).subarray(8, 12).toString("ascii")).toBe("WEBP");
  });

  test("has no accessibility violations in the light and the dark theme", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolationsLightAndDark(page);
  });

  test("answers unknown pages with a 404 page", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
