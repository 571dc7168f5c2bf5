import { expect, test } from "./support/fixtures";

// A missing page is named in the browser's tab and in a screen reader's window list for what is
// missing, not as any other page of the site. Without JavaScript, Next.js draws a 404 thrown by
// a page (notFound()) on the client only (vercel/next.js#62228): its title is all such a page has.
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a 404 page's title says what is missing", async ({ page, factories }) => {
      const author = await factories.createUser();
      const post = await factories.createPost(author.id, { text: "Here to have no such comment" });
      const missing: [string, string][] = [
        ["/no/such/page", "Page not found · Commons"],
        ["/p/cnothereatall000000000000", "Post not found · Commons"],
        [`/p/${post.id}/c/cnothereatall000000000000`, "Comment not found · Commons"],
        [`/@no_one_${Date.now().toString(36)}`, "Profile not found · Commons"],
      ];
      for (const [path, title] of missing) {
        expect((await page.goto(path))?.status(), path).toBe(404);
        await expect(page, path).toHaveTitle(title);
      }
    });
  });
}
