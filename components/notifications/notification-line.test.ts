import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { firstPage } from "@/lib/notifications/test-helpers";
import { createComment, createLike, createPost, createUser } from "@/test/factories";
import { NotificationLine } from "./notification-line";

/** Each line of `user`'s page by kind, rendered as the page renders it. */
async function renderedLines(user: { id: string; username: string }) {
  const { items } = await firstPage(user.id);
  return new Map(items.map((line) => [line.kind, renderToString(createElement(NotificationLine, { notification: line, username: user.username }))]));
}

/** The words folded in a line's closed content warning, which its summary names. */
function folded(html: string | undefined) {
  return html?.match(/<details class="cw"><summary><span>Content warning:<\/span> (?:<!-- -->)?([^<]*)[\s\S]*?<\/summary>([\s\S]*?)<\/details>/)?.slice(1);
}

describe("a notification line quoting a post behind a content warning", () => {
  it("shows the warning and folds the post's words, for every kind that quotes a post; a comment's words stay as they are", async () => {
    const [ada, bruno, chen] = await Promise.all([createUser(), createUser(), createUser()]);
    const mine = await createPost(ada.id, { text: "My twist ending", contentWarning: "spoilers" });
    await createLike(bruno.id, mine.id);
    await db.repost.create({ data: { userId: bruno.id, postId: mine.id } });
    await createComment(mine.id, chen.id, { text: "No spoilers here" });
    await createPost(bruno.id, { text: "So true", quotedPostId: mine.id, contentWarning: "more spoilers" });
    await createPost(chen.id, { text: `@${ada.username} secret plot twist: the butler did it`, contentWarning: "book spoilers" });

    const lines = await renderedLines(ada);
    expect(folded(lines.get("like"))).toEqual(["spoilers", expect.stringContaining("My twist ending")]);
    expect(folded(lines.get("repost"))).toEqual(["spoilers", expect.stringContaining("My twist ending")]);
    expect(folded(lines.get("quote"))).toEqual(["more spoilers", expect.stringContaining("So true")]);
    expect(folded(lines.get("mention"))).toEqual(["book spoilers", expect.stringContaining("the butler did it")]);
    expect(lines.get("comment")).toContain("No spoilers here");
    expect(lines.get("comment")).not.toContain('class="cw"');
    expect([...lines.values()].join("")).not.toMatch(/<details class="cw" open/);
  });
});
