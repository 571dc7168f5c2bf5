import type { Locator, Page } from "@playwright/test";
import type { TestImage } from "@/test/factories";
import { postHref } from "@/lib/routes";
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// A post's images: a grid of fixed shapes that never grows past the screen,
// an ALT badge that shows each description, and a full-size viewer over
// links that, without JavaScript, open the files themselves.

type Factories = typeof import("@/test/factories");

/** Opens the page of a new post with these images (real WebP files in the server's upload folder). */
async function showPost(page: Page, factories: Factories, images: TestImage[]): Promise<Locator> {
  const author = await factories.createUser();
  const post = await factories.createPost(author.id, { images });
  await page.goto(postHref(post.id));
  return page.getByRole("article").first();
}

/**
 * Waits for React to take over the grid: a link clicked before that opens the
 * file itself, as it does without JavaScript.
 */
async function untilInteractive(page: Page) {
  await page.waitForFunction(() => {
    const grid = document.querySelector(".images");
    return grid !== null && Object.keys(grid).some((key) => key.startsWith("__reactProps"));
  });
}

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

test("the ALT badge reveals an image's description, by pointer and by keyboard", async ({ page, factories }) => {
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
});

test("the viewer opens an image on click or Enter, moves with arrows and buttons, and Esc gives focus back", async ({ page, factories }) => {
  const article = await showPost(page, factories, [
    { width: 800, height: 1200, alt: "First view" },
    { width: 1200, height: 800, alt: "Second view" },
    { width: 1000, height: 1000 },
  ]);
  await untilInteractive(page);
  const viewer = page.getByRole("dialog");
  const second = article.getByRole("link", { name: "Second view" });

  await second.click();
  await expect(viewer).toBeVisible();
  await expect(viewer).toHaveAccessibleName("Image 2 of 3");
  await expect(viewer.getByRole("img", { name: "Second view" })).toHaveAttribute("src", new RegExp(`${await second.getAttribute("href")}$`));
  await expect(viewer.getByText("Second view")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Close" })).toBeFocused();
  // Modal: the page behind is inert while the viewer is open.
  expect(await viewer.evaluate((dialog) => dialog.matches(":modal"))).toBe(true);

  await page.keyboard.press("ArrowRight");
  await expect(viewer).toHaveAccessibleName("Image 3 of 3");
  await expect(viewer.locator("img")).toHaveAttribute("alt", "");
  await page.keyboard.press("ArrowRight");
  await expect(viewer).toHaveAccessibleName("Image 1 of 3");
  await expect(viewer.getByRole("img", { name: "First view" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(viewer).toHaveAccessibleName("Image 3 of 3");
  await viewer.getByRole("button", { name: "Previous image" }).click();
  await expect(viewer).toHaveAccessibleName("Image 2 of 3");
  await viewer.getByRole("button", { name: "Next image" }).click();
  await expect(viewer).toHaveAccessibleName("Image 3 of 3");

  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  await expect(second).toBeFocused();
  await expect(page).toHaveURL(/\/p\//);

  const first = article.getByRole("link", { name: "First view" });
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(viewer).toHaveAccessibleName("Image 1 of 3");
  await viewer.getByRole("button", { name: "Close" }).click();
  await expect(viewer).toBeHidden();
  await expect(first).toBeFocused();
});

/** The page of a new post with two images, its viewer open on the one described `alt`. */
async function viewerOpenOnOneOfTwo(page: Page, factories: Factories, alt: "First view" | "Second view") {
  const article = await showPost(page, factories, [
    { width: 800, height: 1200, alt: "First view" },
    { width: 1200, height: 800, alt: "Second view" },
  ]);
  await untilInteractive(page);
  const viewer = page.getByRole("dialog");
  await article.getByRole("link", { name: alt }).click();
  await expect(viewer).toHaveAccessibleName(alt === "First view" ? "Image 1 of 2" : "Image 2 of 2");
  return { article, viewer };
}

/**
 * Closes the viewer and, in the same task, opens the image at `position` or moves focus to it. A
 * dialog fires "close" in a later task, and a fast keyboard user (Esc, then Enter or Tab) can get
 * in before it; this does the same without depending on timing.
 */
async function closeAndAtOnce(page: Page, then: "open" | "focus", position: number) {
  await page.evaluate(({ then, position }) => {
    document.querySelector<HTMLDialogElement>("dialog.viewer")?.close();
    const link = document.querySelector<HTMLAnchorElement>(`.images > div:nth-child(${position}) > a`);
    if (then === "open") link?.click();
    else link?.focus();
  }, { then, position });
}

test("an image opened before the closed viewer's close event arrives stays open", async ({ page, factories }) => {
  const { viewer } = await viewerOpenOnOneOfTwo(page, factories, "First view");
  await closeAndAtOnce(page, "open", 2);
  await expect(viewer).toHaveAccessibleName("Image 2 of 2");
  await expect(viewer).toBeVisible();
});

test("focus moved on before the closed viewer's close event arrives stays where it was put", async ({ page, factories }) => {
  const { article, viewer } = await viewerOpenOnOneOfTwo(page, factories, "Second view");
  await closeAndAtOnce(page, "focus", 1);
  await expect(viewer).toBeHidden();
  await expect(article.getByRole("link", { name: "First view" })).toBeFocused();
});

/** Where the image is drawn inside its box: the whole file, at its own shape, centred. */
async function drawnBox(image: Locator) {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const box = element.getBoundingClientRect();
    const scale = Math.min(box.width / element.naturalWidth, box.height / element.naturalHeight);
    const [width, height] = [element.naturalWidth * scale, element.naturalHeight * scale];
    return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
  });
}

test("a click on the backdrop beside the image closes the viewer as Esc does; a click on the image does not", async ({ page, factories }) => {
  // The first image is tall: the backdrop shows on both sides of it.
  const { article, viewer } = await viewerOpenOnOneOfTwo(page, factories, "First view");
  const image = viewer.getByRole("img", { name: "First view" });
  const drawn = await drawnBox(image);

  await page.mouse.click(drawn.x + drawn.width / 2, drawn.y + drawn.height / 2);
  await expect(viewer).toHaveAccessibleName("Image 1 of 2");
  await expect(image).toBeVisible();

  await page.mouse.click(drawn.x - 24, drawn.y + drawn.height / 2);
  await expect(viewer).toBeHidden();
  await expect(article.getByRole("link", { name: "First view" })).toBeFocused();
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole("progressbar", { name: "Loading page" })).toHaveCount(0);
});

test("Tab and Shift+Tab go round the viewer's controls and never leave it", async ({ page, factories }) => {
  const { viewer } = await viewerOpenOnOneOfTwo(page, factories, "Second view");
  const close = viewer.getByRole("button", { name: "Close" });
  const previous = viewer.getByRole("button", { name: "Previous image" });
  const next = viewer.getByRole("button", { name: "Next image" });
  await expect(close).toBeFocused();

  for (const expected of [previous, next, close, previous]) {
    await page.keyboard.press("Tab");
    await expect(expected).toBeFocused();
  }
  for (const expected of [close, next, previous, close]) {
    await page.keyboard.press("Shift+Tab");
    await expect(expected).toBeFocused();
  }
  // A click on the image takes focus off the controls; the keys still go round them.
  await viewer.getByRole("img", { name: "Second view" }).click();
  await page.keyboard.press("Shift+Tab");
  await expect(next).toBeFocused();

  // With one image, the close button is all there is to Tab to.
  const article = await showPost(page, factories, [{ width: 1000, height: 1000, alt: "Only view" }]);
  await untilInteractive(page);
  await article.getByRole("link", { name: "Only view" }).click();
  await expect(viewer).toHaveAccessibleName("Image");
  const onlyClose = viewer.getByRole("button", { name: "Close" });
  await expect(onlyClose).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(onlyClose).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(onlyClose).toBeFocused();
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
