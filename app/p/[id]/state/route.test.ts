import { describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";
import { POST } from "./route";

// A card's like, bookmark and repost form without JavaScript: the action behind each button is
// setLike's, setBookmark's or setRepost's (their access is in the authorization matrix); the route
// checks that the form comes from this site and hands it to the one its pressed button names.

const SITE = "http://commons.test";

function post(postId: string, fields: Record<string, string>, headers: Record<string, string> = { origin: SITE, referer: `${SITE}/explore?cursor=abc` }) {
  const request = new Request(`${SITE}/p/${postId}/state`, {
    method: "POST",
    headers: { host: "commons.test", "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
  return POST(request, { params: Promise.resolve({ id: postId }) });
}

async function counts(postId: string) {
  const where = { where: { postId } };
  return { likes: await db.like.count(where), bookmarks: await db.bookmark.count(where), reposts: await db.repost.count(where) };
}

describe("the card's plain form for likes, bookmarks and reposts", () => {
  it("likes, bookmarks and reposts for the signed-in reader, then sends them back to the card on the page they were on", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const { id } = await createPost(author.id);
    await signInAs(reader.id);

    for (const field of ["like", "bookmark", "repost"]) {
      const response = await post(id, { [field]: "true" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/explore?cursor=abc#post-${id}`);
    }
    expect(await counts(id)).toEqual({ likes: 1, bookmarks: 1, reposts: 1 });

    // A page path that a browser would read as another host's address is not followed back.
    const elsewhere = await post(id, { bookmark: "false" }, { origin: SITE, referer: `${SITE}//evil.example/x` });
    expect(elsewhere.headers.get("location")).toBe(`/p/${id}`);

    const undone = await post(id, { like: "false" }, { origin: SITE });
    expect(undone.headers.get("location")).toBe(`/p/${id}`);
    expect((await counts(id)).likes).toBe(0);
  });

  it("takes a bookmark back on the bookmarks page to the card that takes its place: the next one, else the one above, else the top", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const [newest, middle, oldest] = await Promise.all([createPost(author.id), createPost(author.id), createPost(author.id)]);
    await db.bookmark.createMany({
      data: [newest, middle, oldest].map((bookmarked, place) => ({ userId: reader.id, postId: bookmarked.id, createdAt: new Date(Date.UTC(2026, 0, 3 - place)) })),
    });
    await signInAs(reader.id);
    const fromBookmarks = { origin: SITE, referer: `${SITE}/bookmarks` };

    const takeBack = async (bookmarked: { id: string }) => (await post(bookmarked.id, { bookmark: "false" }, fromBookmarks)).headers.get("location");
    expect(await takeBack(middle)).toBe(`/bookmarks#post-${oldest.id}`);
    expect(await takeBack(oldest)).toBe(`/bookmarks#post-${newest.id}`);
    expect(await takeBack(newest)).toBe("/bookmarks");
    expect((await counts(newest.id)).bookmarks).toBe(0);
    // Bookmarked there again, or from another page, the card stays where it is.
    expect(await post(newest.id, { bookmark: "true" }, fromBookmarks).then((response) => response.headers.get("location"))).toBe(`/bookmarks#post-${newest.id}`);
  });

  it("reads the session once, and the card that takes a bookmark's place in one statement", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const [newest, middle, oldest] = await Promise.all([createPost(author.id), createPost(author.id), createPost(author.id)]);
    await db.bookmark.createMany({
      data: [newest, middle, oldest].map((bookmarked, place) => ({ userId: reader.id, postId: bookmarked.id, createdAt: new Date(Date.UTC(2026, 0, 3 - place)) })),
    });
    await signInAs(reader.id);
    const statements: string[] = [];
    onStatement((event) => void statements.push(event.query));

    const answer = await post(oldest.id, { bookmark: "false" }, { origin: SITE, referer: `${SITE}/bookmarks` });
    expect(answer.headers.get("location")).toBe(`/bookmarks#post-${middle.id}`);
    expect({
      sessionReads: statements.filter((query) => query.includes("FROM sessions AS s")).length,
      bookmarkReads: statements.filter((query) => query.includes("bookmarks") && !/\b(INSERT|DELETE)\b/.test(query)).length,
    }).toEqual({ sessionReads: 1, bookmarkReads: 1 });
  });

  it("refuses a form sent from another site, or with no origin, and writes nothing", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const { id } = await createPost(author.id);
    await signInAs(reader.id);

    const foreign: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "null" }, {}];
    for (const headers of foreign) {
      const response = await post(id, { like: "true" }, headers);
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/another site/);
    }
    expect(await counts(id)).toEqual({ likes: 0, bookmarks: 0, reposts: 0 });
  });

  it("sends a visitor, or a reader whose session ended, to log in, saying why, and back to the card, and writes nothing", async () => {
    const author = await createUser();
    const { id } = await createPost(author.id);

    const response = await post(id, { bookmark: "true" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/login?callbackUrl=${encodeURIComponent(`/explore?cursor=abc#post-${id}`)}&refused=signed-out`);
    // Without a page to go back to, the post's own.
    const unplaced = await post(id, { like: "true" }, { origin: SITE });
    expect(unplaced.headers.get("location")).toBe(`/login?callbackUrl=${encodeURIComponent(`/p/${id}`)}&refused=signed-out`);
    // A page address as long as a request's headers can carry (Node.js: 16 KB) is not carried into the login link.
    const overlong = await post(id, { like: "true" }, { origin: SITE, referer: `${SITE}/explore?cursor=${"a".repeat(15_000)}` });
    expect(overlong.headers.get("location")).toBe(`/login?callbackUrl=${encodeURIComponent("/")}&refused=signed-out`);
    expect(await counts(id)).toEqual({ likes: 0, bookmarks: 0, reposts: 0 });
  });

  it("writes nothing for a post that does not exist, a form that names no state, or a body that is no form", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const { id } = await createPost(author.id);
    await signInAs(reader.id);

    expect((await post("nosuchpost", { like: "true" })).status).toBe(303);
    // An address no post can have, such as a decoded line break or emoji, which no Location header may carry.
    for (const hostile of ["a\r\nSet-Cookie: x=1", "😀", "<b>", ""]) {
      const answer = await post(hostile, { like: "true" });
      expect(answer.status).toBe(404);
      expect(answer.headers.get("location")).toBeNull();
    }
    expect((await post(id, {})).status).toBe(303);
    const notAForm = new Request(`${SITE}/p/${id}/state`, {
      method: "POST",
      headers: { host: "commons.test", origin: SITE, "content-type": "multipart/form-data; boundary=x" },
      body: "not a form",
    });
    expect((await POST(notAForm, { params: Promise.resolve({ id }) })).status).toBe(400);
    expect(await db.like.count({ where: { userId: reader.id } })).toBe(0);
    expect(await counts(id)).toEqual({ likes: 0, bookmarks: 0, reposts: 0 });
  });
});
