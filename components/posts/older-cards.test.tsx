import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { listUserPosts } from "@/lib/posts/queries";
import { createPost, createUser } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { loadOlderCards } from "./older-cards";

let authorId: string;
let readerId: string;
const texts: string[] = [];

beforeAll(async () => {
  authorId = (await createUser()).id;
  readerId = (await createUser()).id;
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let index = 0; index < 25; index++) {
    const text = `Older card ${index} ${Math.random().toString(36).slice(2)}`;
    texts.push(text);
    await createPost(authorId, { text, createdAt: new Date(start + index * 60_000) });
  }
});

describe("loadOlderCards", () => {
  it("renders the cards after the cursor, each once, with the reader's like buttons", async () => {
    await signInAs(readerId);
    const first = await listUserPosts(authorId, readerId);

    const older = await loadOlderCards({ kind: "profile", authorId }, first.nextCursor!);

    // Newest first: the first page held posts 24..5, so 4..0 are left.
    expect(older.nextCursor).toBeNull();
    expect(older.cards).toHaveLength(5);
    const html = renderToString(<>{older.cards.map(({ id, card }) => <div key={id}>{card}</div>)}</>);
    for (const [index, text] of texts.entries()) {
      expect(html.split(text).length - 1, text).toBe(index < 5 ? 1 : 0);
    }
    expect(html.match(/aria-label="Like"/g)).toHaveLength(5);
  });

  it("answers a malformed source or cursor with no cards", async () => {
    await signInAs(readerId);
    for (const [source, cursor] of [[{ kind: "profile", authorId: "not valid!" }, "x"], [{ kind: "nope" }, "x"], [{ kind: "explore" }, 42]] as const) {
      // @ts-expect-error: the browser can send anything.
      expect(await loadOlderCards(source, cursor)).toEqual({ cards: [], nextCursor: null });
    }
  });
});
