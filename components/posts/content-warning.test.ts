import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getPost } from "@/lib/posts/queries";
import { createPost, createUser } from "@/test/factories";
import { PostCard } from "./post-card";

describe("a card with a content warning", () => {
  it("folds the card's text behind a closed <details> whose summary is the warning", async () => {
    const post = await createPost((await createUser()).id, { text: "Behind the fold", contentWarning: "loud noises", images: [{ width: 40, height: 30, alt: "A drum" }] });
    const card = (await getPost(post.id, null))!;
    const html = renderToString(createElement(PostCard, { post: card, viewerId: null }));
    const folded = html.match(/<details class="cw">([\s\S]*?)<\/details>\s*(?:<article|<footer)/)?.[1] ?? "";
    expect(folded).toContain("loud noises");
    expect(folded).toContain("Behind the fold");
    expect(folded).toContain('alt="A drum"');
    expect(html).not.toMatch(/<details class="cw" open/);

    const plain = renderToString(createElement(PostCard, { post: { ...card, contentWarning: "" }, viewerId: null }));
    expect(plain).not.toContain('class="cw"');
  });
});
