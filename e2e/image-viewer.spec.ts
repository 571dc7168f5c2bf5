import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { type Factories, showPost, untilInteractive } from "./support/post-images";

// A post's images in the full-size viewer: opened by click or Enter, moved through by
// arrows and buttons, closed by Esc or the backdrop, and focus kept inside it while open.

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

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  /** A finger drawn across the screen from `from` to `to`, as Chromium gets it from a touch screen. */
  async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
    const touch = await page.context().newCDPSession(page);
    const at = (share: number) => [{ x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share }];
    await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
    for (const share of [0.25, 0.5, 0.75, 1]) await touch.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(share) });
    await touch.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await touch.detach();
  }

  test("a swipe to the side moves to the next or previous image, and a swipe down closes the viewer", async ({ page, factories }) => {
    const { article, viewer } = await viewerOpenOnOneOfTwo(page, factories, "First view");
    const middle = { x: 195, y: 422 };
    await swipe(page, { x: 330, y: middle.y }, { x: 60, y: middle.y });
    await expect(viewer).toHaveAccessibleName("Image 2 of 2");
    await swipe(page, { x: 60, y: middle.y }, { x: 330, y: middle.y });
    await expect(viewer).toHaveAccessibleName("Image 1 of 2");
    // A short drag is no swipe: the viewer stays where it was.
    await swipe(page, middle, { x: middle.x - 20, y: middle.y + 10 });
    await expect(viewer).toHaveAccessibleName("Image 1 of 2");
    await swipe(page, { x: middle.x, y: 300 }, { x: middle.x, y: 700 });
    await expect(viewer).toBeHidden();
    await expect(article.getByRole("link", { name: "First view" })).toBeFocused();
  });
});
