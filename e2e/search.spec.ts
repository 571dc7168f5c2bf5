import { expect, test } from "./support/fixtures";
import { expectNoAxeViolationsLightAndDark } from "./support/accessibility";

// The server is seeded with the demo community: ada (Ada Okafor) posted
// "Garden work party on Sunday at 10. Bring gloves; we'll bring coffee."
// Among the others are Elif Yılmaz (elif), Jo Martínez (jomartinez) and
// Farah Haddad (farah), whose bio is "Baker. Sourdough starter named Gerald."

const searchBox = "Search people and posts";

test("finds posts by a form of a word and highlights it", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("Find people by their name, username or bio")).toBeVisible();

  await page.getByLabel(searchBox).fill("gardens");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/\/search\?q=gardens/);
  await expect(page).toHaveTitle("Search results for “gardens” · Commons");
  await expect(page.getByRole("link", { name: "Top", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Posts matching “gardens”" })).toBeVisible();
  const post = page.getByRole("article", { name: "Post by Ada Okafor" }).filter({ hasText: "work party" });
  await expect(post.locator("mark")).toHaveText("Garden");
  await expect(post.getByRole("link", { name: /work party on Sunday/ })).toHaveAttribute("href", /^\/p\/[a-z0-9]+$/);
});

test("the Search link opens the search page with the keyboard in its box; results leave it where the reader puts it", async ({ page }) => {
  await page.goto("/explore");
  await page.getByRole("navigation").getByRole("link", { name: "Search", exact: true }).first().click();
  await page.waitForURL("/search");
  await expect(page.getByLabel(searchBox)).toBeFocused();
  await page.goto("/search");
  await expect(page.getByLabel(searchBox)).toBeFocused();
  await page.goto("/search?q=gardens");
  await expect(page.getByRole("heading", { name: "Posts matching “gardens”" })).toBeVisible();
  await expect(page.getByLabel(searchBox)).not.toBeFocused();
});

test("finds people by a misspelt name and links to their profile", async ({ page }) => {
  await page.goto("/search?q=okafr");
  await page.getByRole("link", { name: "People", exact: true }).click();

  await expect(page.getByRole("link", { name: "People", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /^Ada Okafor\s*@ada$/ }).click();
  await expect(page).toHaveURL("/@ada");
  await expect(page.getByRole("heading", { name: "Ada Okafor" })).toBeVisible();
});

test("shows the people a name names first, then posts", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel(searchBox).fill("martinez");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/\/search\?q=martinez/);
  await expect(page.getByRole("link", { name: "Top", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["People matching “martinez”", "Posts matching “martinez”"]);
  await page.getByRole("link", { name: /^Jo Martínez\s*@jomartinez$/ }).click();
  await expect(page).toHaveURL("/@jomartinez");
});

test("goes straight to people for a @handle, and the next search from the box starts at Top", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel(searchBox).fill("@elif");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page.getByRole("link", { name: "People", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Top", exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "People matching “@elif”" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Elif Yılmaz\s*@elif$/ })).toBeVisible();

  // The People tab was picked for the handle, not by the reader: the next search starts at Top.
  await page.getByLabel(searchBox).fill("martinez");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=martinez&type=top$/);
  await expect(page.getByRole("link", { name: "Top", exact: true })).toHaveAttribute("aria-current", "page");
});

test("goes straight to posts for a #hashtag, with no Top tab that would show the same", async ({ page }) => {
  await page.goto("/search?q=%23sourdough&type=top");
  await expect(page.getByRole("link", { name: "Posts", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Result type" }).getByRole("link")).toHaveText(["People", "Posts"]);
});

test("ignores accents and case: yilmaz finds Yılmaz and martinez finds Martínez", async ({ page }) => {
  for (const [query, name] of [
    ["yilmaz", /^Elif Yılmaz\s*@elif$/],
    ["MARTINEZ", /^Jo Martínez\s*@jomartinez$/],
  ] as const) {
    await page.goto(`/search?q=${query}&type=people`);
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
});

test("finds people by a word in their bio", async ({ page }) => {
  await page.goto("/search?q=sourdough");
  const people = page.getByRole("region", { name: "People matching “sourdough”" });
  await expect(people.getByRole("link", { name: /^Farah Haddad\s*@farah$/ })).toBeVisible();
  await expect(people.getByText("Baker. Sourdough starter named Gerald.")).toBeVisible();
});

test("leaves a -word out of the people it finds, as it does of posts", async ({ page }) => {
  await page.goto("/search?q=-sourdough");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["Posts matching “-sourdough”"]);
  await expect(page.getByRole("link", { name: /^Farah Haddad\s*@farah$/ })).toHaveCount(0);
  await page.getByRole("link", { name: "People", exact: true }).click();
  await expect(page.getByText("“-sourdough” only leaves words out of posts: people are found by the words you look for.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Farah Haddad\s*@farah$/ })).toHaveCount(0);

  await page.goto("/search?q=gerald%20-sourdough&type=people");
  await expect(page.getByRole("heading", { name: "People matching “gerald”" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Farah Haddad\s*@farah$/ })).toBeVisible();
});

test("marks where a long post's excerpt was cut with …", async ({ page, user, factories }) => {
  const word = `celeriac${Date.now().toString(36)}`;
  const filler = (prefix: string) => Array.from({ length: 40 }, (_, index) => `${prefix}${index}`).join(" ");
  await factories.createPost(user.id, { text: `${filler("start")} the ${word} soup ${filler("end")}` });

  await page.goto(`/search?q=${word}&type=posts`);
  const excerpt = page.getByRole("article").getByRole("link", { name: new RegExp(`the ${word} soup`) });
  await expect(excerpt).toHaveText(/^…start\d+ .* end\d+…$/);
  await expect(excerpt.locator("mark")).toHaveText(word);
});

test("finds posts by an emoji, alone or with a word", async ({ page, user, factories }) => {
  const word = `hedgerow${Date.now().toString(36)}`;
  await factories.createPost(user.id, { text: `A 🦔 under the ${word} tonight` });
  await factories.createPost(user.id, { text: `Nothing under the ${word} tonight` });

  await page.goto("/search");
  await page.getByLabel(searchBox).fill(`🦔 ${word}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Posts matching “🦔 ${word}”` })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText(`A 🦔 under the ${word} tonight`);

  await page.goto(`/search?q=${encodeURIComponent("🦔")}&type=posts`);
  await expect(page.getByRole("article").first()).toContainText(`A 🦔 under the ${word} tonight`);
});

test("pages through many results, and posts written meanwhile do not repeat any on the next page", async ({ page, user, factories }) => {
  const word = `kohlrabi${Date.now().toString(36)}`;
  for (let index = 0; index < 25; index++) await factories.createPost(user.id, { text: `${word} harvest number ${index}` });

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("article")).toHaveCount(20);
  const firstPage = await page.getByRole("article").allTextContents();
  for (let index = 0; index < 3; index++) await factories.createPost(user.id, { text: `${word} harvest written meanwhile ${index}` });
  await page.getByRole("link", { name: "More posts" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("article")).toHaveCount(5);
  for (const text of await page.getByRole("article").allTextContents()) expect(firstPage).not.toContain(text);
  await expect(page.getByRole("link", { name: "More results" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Previous results" })).toBeVisible();
});

test("explains an empty result and offers the other kind", async ({ page }) => {
  await page.goto("/search?q=xyzzyplugh");
  await expect(page.getByText("No people or posts match “xyzzyplugh”.")).toBeVisible();
  await page.getByRole("link", { name: "Posts", exact: true }).click();
  await expect(page.getByText("No posts match “xyzzyplugh”.")).toBeVisible();
  await page.getByRole("link", { name: "search people" }).click();
  await expect(page.getByText("No people match “xyzzyplugh”.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("searches with a plain form", async ({ page }) => {
    await page.goto("/search?type=people");
    await page.getByLabel(searchBox).fill("ada");
    await page.getByLabel(searchBox).press("Enter");
    await expect(page).toHaveURL(/type=people/);
    await expect(page.getByRole("link", { name: /^Ada Okafor\s*@ada$/ })).toBeVisible();
  });
});

const hostileInputs = [
  '"',
  "'",
  "\\",
  "%",
  "_",
  "%_%",
  "'; DROP TABLE posts;--",
  "SELECT * FROM users WHERE 1=1",
  "garden & !(party <-> :*)",
  "\u0000",
  "🌱 שלום مرحبا",
  "<script>alert(1)</script>",
];

const searchTypes = ["posts", "people"] as const;

// A fresh browser page costs about a second on a busy two-core machine, so the
// inputs share pages: six inputs a test keeps each well inside its time budget
// (a page load costs 1–3 s there), and every assertion names its input.
const inputsPerTest = 6;

test.describe("answers hostile input with a page, never an error", () => {
  for (const type of searchTypes) {
    for (let start = 0; start < hostileInputs.length; start += inputsPerTest) {
      const inputs = hostileInputs.slice(start, start + inputsPerTest);
      test(`${type}: ${inputs.map((query) => JSON.stringify(query)).join(" ")}`, async ({ page }) => {
        for (const query of inputs) {
          const label = `${type}: ${JSON.stringify(query)}`;
          const response = await page.goto(`/search?type=${type}&q=${encodeURIComponent(query)}`);
          expect(response?.status(), label).toBe(200);
          await expect(page.getByText(/matching “|No (posts|people) match|Find people by/).first(), label).toBeVisible();
        }
      });
    }
  }

  test("the posts survive every one of them", async ({ page }) => {
    for (const type of searchTypes) {
      for (const query of hostileInputs) {
        const response = await page.request.get(`/search?type=${type}&q=${encodeURIComponent(query)}`);
        expect(response.status(), `${type}: ${JSON.stringify(query)}`).toBe(200);
      }
    }
    await page.goto("/search?q=garden");
    await expect(page.getByRole("article", { name: "Post by Ada Okafor" }).first()).toBeVisible();
  });
});

test("refuses an overlong search with a message", async ({ page }) => {
  const response = await page.goto(`/search?q=${"a".repeat(10_000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Search for at most 200 characters.")).toBeVisible();
  await expect(page.getByLabel(searchBox)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("article")).toHaveCount(0);
});

// One test per page, scanned in the device's light and dark theme: a page load
// and two axe scans fit a test's budget, and the theme needs no second load.
const accessibilityPages = {
  "the empty search": "/search",
  "top results, people then posts": "/search?q=garden",
  "post results": "/search?q=garden&type=posts",
  "people results": "/search?q=ada&type=people",
  "no results": "/search?q=xyzzyplugh",
  "people for a search that only leaves words out": "/search?q=-sourdough&type=people",
  "a refused search": `/search?q=${"a".repeat(201)}`,
};

test.describe("search pages have no accessibility violations", () => {
  for (const [name, path] of Object.entries(accessibilityPages)) {
    test(`${name}, in the light and the dark theme`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolationsLightAndDark(page, { label: name });
    });
  }
});
