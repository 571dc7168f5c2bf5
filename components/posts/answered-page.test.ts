import { describe, expect, it } from "vitest";
import { answeredPage } from "./answered-page";

type Entry = { id: string; reposted: string | null; likes: number };

/** Entries by id, unliked and as their authors' own posts. */
const entries = (...ids: string[]): Entry[] => ids.map((id) => ({ id, reposted: null, likes: 0 }));
const ids = (result: { posts: Entry[] } | null) => result?.posts.map((entry) => entry.id);
const liked = { postId: "d", leaves: false };

describe("answeredPage", () => {
  it("keeps every loaded card in its place after a like past the first page, with the page's fresher counts", () => {
    const shown = entries("a", "b", "c", "d", "e", "f");
    const page = entries("a", "b", "c").map((entry) => ({ ...entry, likes: 3 }));
    const result = answeredPage(shown, page, liked);
    expect(ids(result)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(result?.posts.map((entry) => entry.likes)).toEqual([3, 3, 3, 0, 0, 0]);
    expect(result).toMatchObject({ joinedOnTop: false, joinedAtEnd: false });
  });

  it("leaves the reader's own repost where the post was, with the page's data, instead of on top", () => {
    const shown = entries("a", "b", "c", "d");
    const page = [{ id: "d", reposted: "you", likes: 0 }, ...entries("a", "b", "c")];
    const result = answeredPage(shown, page, { postId: "d", leaves: false });
    expect(ids(result)).toEqual(["a", "b", "c", "d"]);
    expect(result?.posts[3]?.reposted).toBe("you");
  });

  it("takes a deleted post's card off the feed, on the first page or past it", () => {
    expect(ids(answeredPage(entries("a", "b", "c", "d", "e"), entries("a", "c", "d"), { postId: "b", leaves: true }))).toEqual(["a", "c", "d", "e"]);
    expect(ids(answeredPage(entries("a", "b", "c", "d", "e"), entries("a", "b", "c"), { postId: "e", leaves: true }))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps a card whose removal the page does not show: the action did not remove it", () => {
    expect(ids(answeredPage(entries("a", "b", "c"), entries("a", "b", "c"), { postId: "b", leaves: true }))).toEqual(["a", "b", "c"]);
  });

  it("puts posts the page has above every shown card on top", () => {
    const result = answeredPage(entries("a", "b", "c"), entries("new", "a", "b"), liked);
    expect(ids(result)).toEqual(["new", "a", "b", "c"]);
    expect(result?.joinedOnTop).toBe(true);
  });

  it("adds the posts past a first page's last card when nothing was loaded beyond it", () => {
    const result = answeredPage(entries("a", "b", "c"), entries("a", "c", "next"), { postId: "b", leaves: true });
    expect(ids(result)).toEqual(["a", "c", "next"]);
    expect(result?.joinedAtEnd).toBe(true);
  });

  it("starts over when the page differs from the feed between its cards", () => {
    expect(answeredPage(entries("a", "b", "c"), entries("a", "new", "c"), liked)).toBeNull();
    expect(answeredPage(entries("a", "b"), entries("x", "y"), liked)).toBeNull();
    // Past the page's last shown card, while more of the feed was loaded beyond it.
    expect(answeredPage(entries("a", "b", "c", "d"), entries("a", "b", "other"), liked)).toBeNull();
  });
});
