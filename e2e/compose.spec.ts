import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, logInThroughApi, test } from "./support/fixtures";
import { waitForHydration } from "./support/hydration";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";
import { holdFormsSentTo } from "./support/held-forms";
import { EMPTY_POST_MESSAGE } from "@/lib/posts/schema";

// The compose box: posts of images alone, nothing lost when a post is refused,
// the image button with previews and descriptions, the counter and Ctrl+Enter.

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function jpeg(name: string, background: string, width = 600, height = 400): Promise<Upload> {
  const buffer = await sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

/** A GIF's signature and nothing a decoder can read after it: the browser cannot tell, the server can. */
const brokenGif: Upload = { name: "holiday.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a\u0001\u0000broken") };

const UNREADABLE = "holiday.gif: That image could not be read";

const text = (page: Page) => page.getByLabel("What’s happening?");
const previews = (page: Page) => page.getByRole("list", { name: "Chosen images" }).getByRole("listitem");
const postButton = (page: Page) => page.getByRole("button", { name: "Post", exact: true });

/**
 * Opens a page with the compose box and waits for its scripts: until then the
 * browser's own file control is shown (as it stays without JavaScript).
 */
async function openComposer(page: Page, path: "/" | "/compose") {
  await page.goto(path);
  // Its scripts have started: they take away the description fields of a page without them.
  await expect(page.getByText("Describe your images")).toHaveCount(0);
}

test.describe("with JavaScript", () => {
  test("a post of images alone, each described, is posted and the box starts over", async ({ loggedInPage: page, user }) => {
    await openComposer(page, "/");
    await page.getByLabel("Add images").setInputFiles([await jpeg("harbour.jpg", "#0ea5e9"), await jpeg("lighthouse.jpg", "#f97316", 300, 500)]);
    await expect(previews(page)).toHaveCount(2);
    await page.getByLabel("Description of image 1").fill("Boats in a blue harbour");
    await page.getByLabel("Description of image 2").fill("An orange lighthouse");
    await postButton(page).click();

    await expect(page.getByText("Posted.")).toBeVisible();
    await expect(previews(page)).toHaveCount(0);
    // The keyboard goes on in the emptied box, not from the top of the page.
    await expect(text(page)).toBeFocused();
    await page.goto(`/@${user.username}`);
    const post = page.getByRole("article").first();
    await expect(post.getByRole("img", { name: "Boats in a blue harbour" })).toBeVisible();
    await expect(post.getByRole("img", { name: "An orange lighthouse" })).toBeVisible();
  });

  test("a refusal keeps the text, images and descriptions, and names the one bad file", async ({ loggedInPage: page, user }) => {
    const words = `Our holiday ${Date.now()}`;
    await openComposer(page, "/");
    await text(page).fill(words);
    await page.getByLabel("Add images").setInputFiles([await jpeg("beach.jpg", "#fde047"), brokenGif, await jpeg("sea.jpg", "#1d4ed8")]);
    await page.getByLabel("Description of image 1").fill("Yellow sand");
    await page.getByLabel("Description of image 2").fill("Us, waving");
    await page.getByLabel("Description of image 3").fill("Deep blue sea");
    await expect(page.getByLabel("Description of image 2")).toHaveAccessibleDescription(/A GIF is posted as a still picture: its first frame\.$/);
    await postButton(page).click();

    // Said of the images, not of a field: the message takes the keyboard, which would fall to the page's body.
    await expect(page.getByText(UNREADABLE)).toBeFocused();
    await expect(text(page)).toHaveValue(words);
    await expect(previews(page)).toHaveCount(3);
    await expect(page.getByLabel("Description of image 1")).toHaveValue("Yellow sand");
    await expect(page.getByLabel("Description of image 2")).toHaveValue("Us, waving");
    await expect(page.getByLabel("Description of image 3")).toHaveValue("Deep blue sea");

    // Removing the bad file removes its preview, frees its object URL and clears the refusal.
    const removedUrl = await previews(page).nth(1).locator("img").getAttribute("src");
    await previews(page).nth(1).getByRole("button", { name: "Remove image 2" }).click();
    await expect(previews(page)).toHaveCount(2);
    await expect(page.getByText(UNREADABLE)).toHaveCount(0);
    await expect(page.getByLabel("Description of image 2")).toHaveValue("Deep blue sea");
    expect(await page.evaluate((url) => fetch(url!).then(() => "alive", () => "revoked"), removedUrl)).toBe("revoked");

    await postButton(page).click();
    await expect(page.getByText("Posted.")).toBeVisible();
    await expect(text(page)).toHaveValue("");
    await page.goto(`/@${user.username}`);
    const post = page.getByRole("article").filter({ hasText: words });
    await expect(post.getByRole("img")).toHaveCount(2);
    await expect(post.getByRole("img", { name: "Deep blue sea" })).toBeVisible();
  });

  test("removing the fourth image by keyboard goes on at the image picker it opens again", async ({ loggedInPage: page }) => {
    await openComposer(page, "/compose");
    const colours = ["#ef4444", "#22c55e", "#3b82f6", "#eab308"];
    await page.getByLabel("Add images").setInputFiles(await Promise.all(colours.map((colour, index) => jpeg(`${index + 1}.jpg`, colour))));
    await expect(previews(page)).toHaveCount(4);
    await expect(page.getByLabel("Add images")).toBeDisabled();

    await previews(page).last().getByRole("button", { name: "Remove image 4" }).focus();
    await page.keyboard.press("Enter");
    await expect(previews(page)).toHaveCount(3);
    await expect(page.getByLabel("Add images")).toBeFocused();
  });

  test("a file the browser can tell is no image is refused at once, by name, beside the others", async ({ loggedInPage: page }) => {
    await openComposer(page, "/compose");
    const notes = { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") };
    await page.getByLabel("Add images").setInputFiles([await jpeg("cat.jpg", "#a3a3a3"), notes]);
    await expect(page.getByText("notes.pdf: That file is not a JPEG, PNG, WebP or GIF image.")).toBeVisible();
    await expect(previews(page)).toHaveCount(1);
  });

  test("the composer's own page leads to the home feed once posted, the post on top", async ({ loggedInPage: page }) => {
    const words = `Written on the composer's page ${Date.now()}`;
    await openComposer(page, "/compose");
    await text(page).fill(words);
    await postButton(page).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("article").first()).toContainText(words);
    await expect(text(page)).toHaveValue("");
  });

  test("a refusal's message goes once the text is changed, and the counter speaks instead", async ({ loggedInPage: page }) => {
    await openComposer(page, "/");
    await postButton(page).click();
    await expect(page.getByText(EMPTY_POST_MESSAGE)).toBeVisible();
    await expect(text(page)).toHaveAttribute("aria-invalid", "true");
    await expect(text(page)).toBeFocused();
    await text(page).fill("a".repeat(505));
    await expect(page.getByText("5 characters over")).toBeVisible();
    await expect(page.getByText(EMPTY_POST_MESSAGE)).toHaveCount(0);
    await expect(text(page)).not.toHaveAttribute("aria-invalid");
  });

  test("the counter says how far over a text is, never a negative number, and Post waits", async ({ loggedInPage: page }) => {
    await openComposer(page, "/compose");
    await text(page).fill("a".repeat(495));
    await expect(page.getByText("5 characters left")).toBeVisible();
    await text(page).fill("a".repeat(505));
    await expect(page.getByText("5 characters over")).toBeVisible();
    await expect(page.getByText(/-\d+ characters/)).toHaveCount(0);
    await expect(postButton(page)).toBeDisabled();
    // Ctrl+Enter does not send what the button would not.
    await text(page).press("Control+Enter");
    await expect(page.getByText("Keep it to 500 characters.")).toHaveCount(0);
    await expect(text(page)).toHaveValue("a".repeat(505));
  });

  test("Ctrl+Enter sends the post", async ({ loggedInPage: page, user }) => {
    const words = `Sent from the keyboard ${Date.now()}`;
    await openComposer(page, "/");
    await expect(text(page)).toHaveAccessibleDescription(/Control or Command and Enter sends the post\./);
    await text(page).fill(words);
    await text(page).press("Control+Enter");
    await expect(page.getByText("Posted.")).toBeVisible();
    await expect(text(page)).toHaveValue("");
    await expect(text(page)).toBeFocused();
    await page.goto(`/@${user.username}`);
    await expect(page.getByRole("article").filter({ hasText: words })).toBeVisible();
  });

  test("while a post is being sent its fields are read-only and hold it, and the box starts over once posted", async ({ loggedInPage: page }) => {
    await openComposer(page, "/");
    const warning = page.getByLabel("Content warning", { exact: true });
    const description = page.getByLabel("Description of image 1");
    await text(page).fill("Held on its way");
    await page.getByText("Add a content warning").click();
    await warning.fill("harbour spoilers");
    await page.getByLabel("Add images").setInputFiles([await jpeg("harbour.jpg", "#0ea5e9")]);
    await description.fill("Boats in a blue harbour");
    const release = await holdFormsSentTo(page, "/");
    await text(page).press("Control+Enter");

    await expect(page.getByRole("button", { name: "Posting…" })).toBeDisabled();
    // The keyboard stays in the box, which shows what is being sent and takes nothing more.
    await expect(text(page)).toBeFocused();
    for (const [field, value] of [[text(page), "Held on its way"], [warning, "harbour spoilers"], [description, "Boats in a blue harbour"]] as const) {
      await expect(field).not.toBeEditable();
      await expect(field).toHaveValue(value);
    }
    await expect(page.getByLabel("Add images")).toBeDisabled();
    // And it looks held: the pointer over it says the page is busy.
    await expect(text(page)).toHaveCSS("cursor", "progress");
    release();

    await expect(page.getByText("Posted.")).toBeVisible();
    await expect(text(page)).toHaveValue("");
    await expect(text(page)).toBeEditable();
    await expect(text(page)).not.toHaveCSS("cursor", "progress");
    await expect(previews(page)).toHaveCount(0);
  });

  test("the image button is reached and opened with the keyboard", async ({ loggedInPage: page }) => {
    // Playwright starts catching file choosers when the wait begins, without waiting for the
    // browser to take the order: begun just before a key press, it missed the chooser in 10 of
    // the first 29 runs without tracing (which slows each step down), and the test hung. Begun
    // here, the browser has it long before the key.
    const chooser = page.waitForEvent("filechooser");
    await openComposer(page, "/compose");
    await text(page).focus();
    // After the text comes the content warning's toggle, then the image button.
    await page.keyboard.press("Tab");
    await expect(page.getByText("Add a content warning")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Add images")).toBeFocused();
    await page.keyboard.press("Enter");
    await (await chooser).setFiles([await jpeg("dog.jpg", "#78350f")]);
    await expect(previews(page)).toHaveCount(1);
  });

  test("the composer is as tall before its scripts start as after: it does not shrink while the page loads", async ({ loggedInPage: page }) => {
    const composerHeight = async () => (await page.locator("form").filter({ has: text(page) }).boundingBox())!.height;
    // The page's own scripts held back: a browser that runs scripts, before they have started.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/");
    await expect(page.getByLabel("Add images")).toBeAttached();
    const beforeScripts = await composerHeight();
    await expect(page.getByText("Describe your images")).toBeHidden();

    await page.unroute("**/_next/static/**/*.js");
    await openComposer(page, "/");
    expect(await composerHeight()).toBe(beforeScripts);
  });

  for (const width of [390, 1280]) {
    for (const path of ["/", "/compose"] as const) {
      test(`with images chosen, the composer on ${path} fits ${width} px and has no accessibility violations in light and dark`, async ({
        loggedInPage: page,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        await openComposer(page, path);
        await text(page).fill("Two views of the harbour");
        await page.getByLabel("Add images").setInputFiles([await jpeg("harbour.jpg", "#0ea5e9"), brokenGif]);
        await page.getByLabel("Description of image 1").fill("Boats in a blue harbour");
        await postButton(page).click();
        await expect(page.getByText(UNREADABLE)).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        for (const control of [previews(page).last().getByRole("button", { name: "Remove image 2" }), postButton(page)]) {
          const box = (await control.boundingBox())!;
          expect(box.x >= 0 && box.x + box.width <= width).toBe(true);
        }
        await expectNoAxeViolationsLightAndDark(page);
      });
    }
  }
});

test("a post half written is still in the box after leaving the page, and the composer's page does not find it once posted", async ({ loggedInPage: page }) => {
  await page.goto("/");
  await text(page).fill("A draft that survives");
  await page.getByRole("link", { name: "Explore" }).first().click();
  await page.waitForURL("/explore");
  await page.goBack();
  await expect(text(page)).toHaveValue("A draft that survives");

  // The same draft in the composer's page, which leads home once it is posted.
  await page.goto("/compose");
  await expect(text(page)).toHaveValue("A draft that survives");
  await postButton(page).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("article").filter({ hasText: "A draft that survives" })).toBeVisible();
  await expect(text(page)).toHaveValue("");
  await page.goto("/compose");
  await expect(text(page)).toHaveValue("");
});

test("a draft stays its account's: the next account in the tab finds an empty box, and logging out forgets it", async ({ loggedInPage: page, user, factories }) => {
  const drafts = () => page.evaluate(() => Object.entries(sessionStorage).filter(([item]) => item.startsWith("commons.draft:")));
  await page.goto("/");
  await text(page).fill("Only mine to read");
  await expect.poll(drafts).toEqual([[`commons.draft:${user.username}:post`, "Only mine to read"]]);

  // Someone else logs in in the same tab, the first session still open (a shared computer).
  const next = await factories.createUser();
  await logInThroughApi(page, next.username, factories.TEST_PASSWORD);
  await page.goto("/");
  await expect(page.locator(`[data-account="${next.username}"]`)).toHaveCount(1);
  await waitForHydration(text(page));
  await text(page).fill("Their own words");
  await expect.poll(drafts).toContainEqual([`commons.draft:${next.username}:post`, "Their own words"]);
  await expect(text(page)).toHaveValue("Their own words");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  expect(await drafts()).toEqual([]);
});

test("a pasted text larger than the tab's storage stays in the box, counted, and breaks nothing", async ({ loggedInPage: page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  // 6 million characters: more than session storage takes (about 5 MB), which throws on writing.
  await text(page).evaluate((box: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setValue.call(box, "a".repeat(6_000_000));
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await expect(page.getByText("More than 500 characters over")).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  async function sendWithoutScript(page: Page) {
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await postButton(page).click();
    await answered;
    await page.waitForLoadState();
  }

  test("the text box does not offer Control and Enter, which needs a script", async ({ loggedInPage: page }) => {
    await page.goto("/");
    await expect(text(page)).toHaveAccessibleDescription(/characters left/);
    await expect(text(page)).not.toHaveAccessibleDescription(/Control or Command/);
  });

  test("a refusal keeps the text, names the file and asks kindly for the images again", async ({ loggedInPage: page }) => {
    await page.goto("/");
    await text(page).fill("Our holiday, without scripts");
    await page.getByLabel("Add images").setInputFiles([await jpeg("beach.jpg", "#fde047"), brokenGif]);
    await sendWithoutScript(page);

    await expect(page.getByText(UNREADABLE)).toBeVisible();
    await expect(text(page)).toHaveValue("Our holiday, without scripts");
    await expect(page.getByText("please choose your 2 images again")).toBeVisible();
  });

  test("each image can be described, in the order chosen, and a refusal keeps the descriptions", async ({ loggedInPage: page, user }) => {
    await page.goto("/compose");
    await text(page).fill("Two views, described");
    await page.getByLabel("Add images").setInputFiles([await jpeg("harbour.jpg", "#0ea5e9"), brokenGif]);
    await page.getByText("Describe your images").click();
    await page.getByLabel("Description of image 1").fill("Boats in the harbour at dawn");
    await page.getByLabel("Description of image 2").fill("Not an image at all");
    await sendWithoutScript(page);
    // Refused for the second file: the descriptions come back with the text, shown.
    await expect(page.getByText(UNREADABLE)).toBeVisible();
    await expect(page.getByLabel("Description of image 1")).toHaveValue("Boats in the harbour at dawn");

    await page.getByLabel("Description of image 2").fill("");
    await page.getByLabel("Add images").setInputFiles([await jpeg("harbour.jpg", "#0ea5e9"), await jpeg("pier.jpg", "#f97316")]);
    await sendWithoutScript(page);
    await page.waitForURL((url) => url.pathname === "/");
    const { db } = await import("@/lib/db");
    const post = await db.post.findFirstOrThrow({ where: { authorId: user.id }, include: { images: { orderBy: { position: "asc" } } } });
    expect(post.images.map((image) => image.alt)).toEqual(["Boats in the harbour at dawn", ""]);
    await expect(page.getByRole("link", { name: "Boats in the harbour at dawn" })).toBeVisible();
  });

  test("a post sent from the home page leads to the home feed afresh, so reloading it posts nothing again", async ({ loggedInPage: page, user }) => {
    await page.goto("/");
    await text(page).fill("Posted once, reloaded twice");
    await sendWithoutScript(page);
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("post") === "posted");
    await expect(page.getByText("Posted.")).toBeVisible();
    await expect(page.getByRole("article").filter({ hasText: "Posted once, reloaded twice" })).toHaveCount(1);

    await page.reload();
    await page.reload();
    await expect(page.getByRole("article").filter({ hasText: "Posted once, reloaded twice" })).toHaveCount(1);
    const { db } = await import("@/lib/db");
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(1);

    // A like from that page comes back to the card, without saying "Posted." again.
    await page.getByRole("article").filter({ hasText: "Posted once, reloaded twice" }).getByRole("button", { name: "Like, 0 likes" }).click();
    await expect(page.getByRole("article").filter({ hasText: "Posted once, reloaded twice" }).getByRole("button", { name: "Like, 1 like" })).toBeVisible();
    await expect(page.getByText("Posted.")).toHaveCount(0);
    await page.goto("/?post=posted");

    // The next post, refused, says only why: not "Posted." again, from the address the last one left.
    await sendWithoutScript(page);
    await expect(page.getByText("Write something or add an image to post.")).toBeVisible();
    await expect(page.getByText("Posted.")).toHaveCount(0);
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(1);
  });

  test("a post of an image alone is posted, and the composer's page leads to the home feed", async ({ loggedInPage: page, user }) => {
    await page.goto("/compose");
    await page.getByLabel("Add images").setInputFiles([await jpeg("field.jpg", "#16a34a")]);
    await sendWithoutScript(page);
    await page.waitForURL((url) => url.pathname === "/");
    // Posted without a description: an image the accessibility tree leaves out.
    await expect(page.getByRole("article").first().locator("img")).toBeVisible();
    const { db } = await import("@/lib/db");
    const post = await db.post.findFirstOrThrow({ where: { authorId: user.id }, include: { images: true } });
    expect([post.text, post.images.length]).toEqual(["", 1]);
  });
});
