import { expect, test } from "./support/fixtures";

// A missing page is named in the browser's tab and in a screen reader's window list for what is
// missing, not as any other page of the site, and says so in the page itself, inside the site's
// header and footer, with or without JavaScript: a page draws its not-found message in place with
// a 404 (lib/navigation/missing-page.ts), since Next.js's notFound() answers with an empty body
// in a production build (vercel/next.js#62228).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a 404 page's title and heading say what is missing", async ({ page, factories }) => {
      const author = await factories.createUser();
      const post = await factories.createPost(author.id, { text: "Here to have no such comment" });
      const missing: [string, string, string][] = [
        ["/no/such/page", "Page not found · Commons", "Page not found"],
        ["/p/cnothereatall000000000000", "Post not found · Commons", "This post isn’t here"],
        ["/p/cnothereatall000000000000/likes", "Post not found · Commons", "This post isn’t here"],
        [`/p/${post.id}/c/cnothereatall000000000000`, "Comment not found · Commons", "This comment isn’t here"],
        [`/@no_one_${Date.now().toString(36)}`, "Profile not found · Commons", "This account doesn’t exist"],
        ["/tags/%23", "Not a hashtag · Commons", "Page not found"],
      ];
      for (const [path, title, heading] of missing) {
        expect((await page.goto(path))?.status(), path).toBe(404);
        await expect(page, path).toHaveTitle(title);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
        await expect(page.getByRole("link", { name: "Skip to content" }), path).toBeAttached();
      }
    });
  });
}
