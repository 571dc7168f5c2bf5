import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { showPost, untilInteractive } from "./support/post-images";

// A post's images: a grid of fixed shapes that never grows past the screen,
// an ALT badge that shows each description, and, without JavaScript, links
// that open the files themselves (the full-size viewer: image-viewer.spec.ts).

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  return box;
}

/** Every image of the grid, decoded: the layout checks below measure what a reader sees. */
async function loaded(article: Locator) {
  await article.locator("img").evaluateAll((images) => Promise.all(images.map((image) => (image as HTMLImageElement).decode())));
}

const MAX_SINGLE_HEIGHT = 32 * 16;

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("a tall image is shown whole and at most 32rem tall, its space kept before the file arrives", async ({ page, factories }) => {
      // The file is held back until the space it will take has been measured.
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/uploads/**", async (route) => {
        await released;
        await route.continue();
      });
      const article = await showPost(page, factories, [{ width: 500, height: 2500, alt: "A tall strip" }]);
      const link = article.getByRole("link", { name: "A tall strip" });
      const before = await boxOf(link);
      release();
      await loaded(article);
      const after = await boxOf(link);
      expect(after).toEqual(before);

      expect(after.height).toBeLessThanOrEqual(MAX_SINGLE_HEIGHT + 1);
      expect(after.height).toBeGreaterThan(MAX_SINGLE_HEIGHT - 2);
      // Whole: its box has the file's shape.
      expect(after.width / after.height).toBeCloseTo(500 / 2500, 2);
      expect((await boxOf(article)).height).toBeLessThan(MAX_SINGLE_HEIGHT + 200);
    });

    test("a wide image takes the column's width", async ({ page, factories }) => {
      const article = await showPost(page, factories, [{ width: 1600, height: 400, alt: "A panorama" }]);
      await loaded(article);
      const image = await boxOf(article.getByRole("img", { name: "A panorama" }));
      const text = await boxOf(article.getByText(/^Post /));
      expect(image.width).toBeCloseTo(text.width, 0);
      expect(image.width / image.height).toBeCloseTo(4, 1);
    });

    for (const shape of [
      { width: 6000, height: 100, alt: "A 60:1 panorama", shown: 4 },
      { width: 100, height: 6000, alt: "A 1:60 strip", shown: 0.2 },
    ]) {
      test(`${shape.alt} is cropped to ${shape.shown > 1 ? "4:1" : "1:5"}, with room for its badge`, async ({ page, factories }) => {
        const article = await showPost(page, factories, [shape]);
        await loaded(article);
        const image = await boxOf(article.getByRole("img", { name: shape.alt }));
        expect(image.width / image.height).toBeCloseTo(shape.shown, 1);
        const badge = await boxOf(article.getByText("ALT", { exact: true }));
        expect(badge.x).toBeGreaterThanOrEqual(image.x);
        expect(badge.x + badge.width).toBeLessThanOrEqual(image.x + image.width);
        expect(badge.y).toBeGreaterThanOrEqual(image.y);
        expect(badge.y + badge.height).toBeLessThanOrEqual(image.y + image.height);
      });
    }

    test("two images of different shapes fill two equal cells with no hole", async ({ page, factories }) => {
      const article = await showPost(page, factories, [
        { width: 1600, height: 900, alt: "Wide" },
        { width: 600, height: 900, alt: "Tall" },
      ]);
      await loaded(article);
      const [wide, tall] = [await boxOf(article.getByRole("img", { name: "Wide" })), await boxOf(article.getByRole("img", { name: "Tall" }))];
      expect(tall.height).toBeCloseTo(wide.height, 0);
      expect(tall.width).toBeCloseTo(wide.width, 0);
      expect(tall.y).toBeCloseTo(wide.y, 0);
      expect(tall.x - (wide.x + wide.width)).toBeLessThan(4);
      // The pair shares a 16:9 frame.
      expect((tall.x + tall.width - wide.x) / wide.height).toBeCloseTo(16 / 9, 1);
      await expect(article.getByRole("img", { name: "Tall" })).toHaveCSS("object-fit", "cover");
    });

    test("three images are one tall beside two stacked, four are two by two, leaving no empty cell", async ({ page, factories }) => {
      const shapes = [
        { width: 800, height: 1200 },
        { width: 1200, height: 800 },
        { width: 1000, height: 1000 },
        { width: 1600, height: 900 },
      ];
      for (const count of [3, 4]) {
        const article = await showPost(page, factories, shapes.slice(0, count).map((shape, index) => ({ ...shape, alt: `Image ${index}` })));
        await loaded(article);
        const boxes = await Promise.all(shapes.slice(0, count).map((_, index) => boxOf(article.getByRole("img", { name: `Image ${index}` }))));
        const grid = {
          left: Math.min(...boxes.map((box) => box.x)),
          top: Math.min(...boxes.map((box) => box.y)),
          right: Math.max(...boxes.map((box) => box.x + box.width)),
          bottom: Math.max(...boxes.map((box) => box.y + box.height)),
        };
        const gridArea = (grid.right - grid.left) * (grid.bottom - grid.top);
        const covered = boxes.reduce((sum, box) => sum + box.width * box.height, 0);
        // The cells cover the frame but for the narrow gaps between them.
        expect(covered / gridArea, `${count} images`).toBeGreaterThan(0.97);
        expect((grid.right - grid.left) / (grid.bottom - grid.top)).toBeCloseTo(16 / 9, 1);
        const [first, second, third] = boxes as [DOMRectLike, DOMRectLike, DOMRectLike];
        if (count === 3) {
          expect(first.height).toBeCloseTo(grid.bottom - grid.top, 0);
          expect(second.x).toBeCloseTo(third.x, 0);
          expect(third.y).toBeGreaterThan(second.y + second.height - 1);
        } else {
          expect(first.height).toBeCloseTo(second.height, 0);
          expect(third.x).toBeCloseTo(first.x, 0);
        }
      }
    });
  });
}

type DOMRectLike = { x: number; y: number; width: number; height: number };

test("the ALT badge reveals an image's description, by pointer and by keyboard, and Escape hides it", async ({ page, factories }) => {
  const article = await showPost(page, factories, [{ width: 800, height: 600, alt: "A harbour at dusk" }, { width: 800, height: 600 }]);
  const badge = article.getByText("ALT", { exact: true });
  // Only the described image has one.
  await expect(badge).toHaveCount(1);
  const description = article.getByText("A harbour at dusk", { exact: true });
  await expect(description).toBeHidden();

  await badge.click();
  await expect(description).toBeVisible();
  await badge.click();
  await expect(description).toBeHidden();

  await badge.focus();
  await page.keyboard.press("Enter");
  await expect(description).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(description).toBeHidden();

  await page.keyboard.press("Enter");
  await expect(description).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(description).toBeHidden();
  await expect(badge).toBeFocused();
  // Big enough to tap without opening the image under it (WCAG's 24 by 24 CSS pixels).
  const box = await badge.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
});


test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each image is a link to its full-size file, and the ALT badge still shows the description", async ({ page, factories }) => {
    const article = await showPost(page, factories, [{ width: 1200, height: 800, alt: "A quiet street" }, { width: 800, height: 800 }]);
    await article.getByText("ALT", { exact: true }).click();
    await expect(article.getByText("A quiet street", { exact: true })).toBeVisible();

    const link = article.getByRole("link", { name: "A quiet street" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/uploads\/[a-f0-9]{64}\.webp$/);
    const response = page.waitForResponse((candidate) => candidate.url().endsWith(href!));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    expect((await response).headers()["content-type"]).toBe("image/webp");
    // An image without a description is still named.
    await page.goBack();
    await expect(page.getByRole("link", { name: "Image 2 of 2" })).toHaveAttribute("href", /^\/uploads\//);
  });
});

for (const width of [390, 1280]) {
  test(`images, an open description and the viewer have no accessibility violations in light and dark at ${width} px`, async ({ page, factories }) => {
    // Four axe scans on top of the drawing: slow on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 844 });
    const article = await showPost(page, factories, [
      { width: 500, height: 2500, alt: "A tall strip" },
      { width: 1200, height: 800, alt: "A landscape" },
      { width: 1000, height: 1000 },
    ]);
    await loaded(article);
    await untilInteractive(page);
    await article.getByText("ALT", { exact: true }).first().click();
    // The rest of the page is checked by the specs of its own parts.
    await expectNoAxeViolationsLightAndDark(page, { include: "article" });

    await article.getByRole("link", { name: "A landscape" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolationsLightAndDark(page, { include: "dialog" });
  });
}
