import sharp from "sharp";
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/accessibility";
import { waitForHydration } from "./support/hydration";
import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";

/** A JPEG such as a phone makes: with EXIF, including where it was taken. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: "#3b82f6" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCo", Model: "Pocket 9" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1" } })
    .toBuffer();
}

test("a member edits the profile and uploads a picture that is served clean", async ({ loggedInPage: page, user }) => {
  const photo = await photoWithGps();
  expect((await sharp(photo).metadata()).exif).toBeDefined();

  await page.goto("/settings");
  await page.getByLabel("Display name").fill("Robin Renamed");
  await page.getByLabel("Bio").fill("Grows chillies on a balcony. 🌶️");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.getByLabel("New picture").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByText("Picture updated.")).toBeVisible();

  await page.goto(`/@${user.username}`);
  await expect(page.getByRole("heading", { name: "Robin Renamed" })).toBeVisible();
  await expect(page.getByText("Grows chillies on a balcony.")).toBeVisible();

  const avatar = page.getByRole("region", { name: "Profile" }).locator("img");
  const response = await page.request.get((await avatar.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toBe("public, max-age=3600");
  const served = await sharp(await response.body()).metadata();
  expect(served).toMatchObject({ format: "webp", width: 400, height: 400 });
  expect(served.exif).toBeUndefined();
});

test("a name and a bio of emoji as long as their limits are saved whole, and one too long comes back whole", async ({ loggedInPage: page, user }) => {
  // Each wave or sunflower is one character and two UTF-16 code units, which is what a text box's maxlength counts.
  const name = "🌊".repeat(MAX_DISPLAY_NAME_LENGTH);
  const bio = "🌻".repeat(MAX_BIO_LENGTH);
  const tooLong = "🌊".repeat(MAX_DISPLAY_NAME_LENGTH + 1);
  await page.goto("/settings");
  // The limit is said before saving, as the bio's is.
  await expect(page.getByLabel("Display name")).toHaveAccessibleDescription(`Up to ${MAX_DISPLAY_NAME_LENGTH} characters.`);
  await page.getByLabel("Display name").fill(tooLong);
  await expect(page.getByLabel("Display name")).toHaveValue(tooLong);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(`Display name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`)).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue(tooLong);

  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Bio").fill(bio);
  await expect(page.getByLabel("Display name")).toHaveValue(name);
  await expect(page.getByLabel("Bio")).toHaveValue(bio);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.goto(`/@${user.username}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();
});

test("a picture that is not an image is refused with a message, on the file field that takes the focus", async ({ loggedInPage: page }) => {
  await page.goto("/settings");
  const upload = page.getByRole("button", { name: "Upload picture" });
  await waitForHydration(upload);
  const field = page.getByLabel("New picture");
  await field.setInputFiles({
    name: "cat.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
  });
  await upload.click();
  await expect(page.locator("#avatar-error")).toContainText("not a JPEG, PNG, WebP or GIF image");
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/not a JPEG, PNG, WebP or GIF image/);
  // Focused where it stands in the tab order, not taken out of it.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
});

test("a member deletes the account and can no longer log in", async ({ loggedInPage: page, user, factories }) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your password, to confirm").fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(page).toHaveURL("/?farewell=1");
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  const profile = await page.goto(`/@${user.username}`);
  expect(profile?.status()).toBe(404);

  await page.goto("/login");
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password").fill(factories.TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Wrong username, email or password.")).toBeVisible();
});

test("a picture whose file was lost shows its owner's initials, not a broken image, without JavaScript too", async ({ browser, factories }) => {
  const { db } = await import("@/lib/db");
  const { fileKeyOf } = await import("@/lib/uploads/file-key");
  const person = await factories.createUser({ displayName: "Lost Picture" });
  // A key whose file was never stored, as after a restore without the uploads.
  const key = fileKeyOf(Buffer.from(`lost ${person.id}`));
  await db.user.update({ where: { id: person.id }, data: { avatarKey: key } });
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`/@${person.username}`);

  const picture = page.getByRole("region", { name: "Profile" }).locator(`img[src="/uploads/${key}"]`);
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  await page.close();
});

test("unknown profiles are a 404 page", async ({ page }) => {
  const response = await page.goto("/@no_such_person");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This account doesn’t exist" })).toBeVisible();
});

test("a profile has one address: a name typed in capitals leads to the one its links use", async ({ page, factories }) => {
  const person = await factories.createUser();
  const shouted = person.username.toUpperCase();
  const addresses: [string, string][] = [
    [`/u/${shouted}`, `/@${person.username}`],
    [`/@${shouted}`, `/@${person.username}`],
    [`/@${shouted}/followers`, `/@${person.username}/followers`],
    [`/@${shouted}/following`, `/@${person.username}/following`],
  ];
  for (const [typed, canonical] of addresses) {
    const answer = await page.goto(typed);
    expect(answer?.status(), typed).toBe(200);
    expect(new URL(page.url()).pathname, typed).toBe(canonical);
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText(person.displayName);
});

test("someone else's profile ends with a line about their posts, not the home feed's", async ({ loggedInPage: page, factories }) => {
  const author = await factories.createUser();
  await factories.createPost(author.id, { text: "The only post so far" });
  await page.goto(`/@${author.username}`);
  await expect(page.getByText("The only post so far")).toBeVisible();
  await expect(page.getByText(`That’s all of @${author.username}’s posts.`)).toBeVisible();
  await expect(page.getByText("You’re all caught up.")).toHaveCount(0);
});

test("your own empty profile speaks to you and leads to the composer", async ({ loggedInPage: page, user }) => {
  await page.goto(`/@${user.username}`);
  await expect(page.getByText("You haven’t posted yet.")).toBeVisible();
  await expect(page.getByText(`@${user.username} has not posted yet.`)).toHaveCount(0);
  await page.getByRole("link", { name: "Write your first post" }).click();
  await page.waitForURL("**/compose");
  await expect(page.getByRole("heading", { name: "New post", level: 1 })).toBeVisible();
});

// One page a test: three axe scans in one test took 20 s of its 30 on CI's two cores.
for (const [name, pathFor] of [
  ["your own profile", (username: string) => `/@${username}`],
  ["settings", () => "/settings"],
  ["someone else's profile", () => "/@ada"],
] as const) {
  test(`${name} has no accessibility violations`, async ({ loggedInPage: page, user }) => {
    const path = pathFor(user.username);
    await page.goto(path);
    await expectNoAxeViolations(page, { label: path });
  });
}
