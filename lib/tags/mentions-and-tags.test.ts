import { beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/service";
import { listCommentTree } from "@/lib/comments/tree";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { getPost, listHomeFeed, listLatestPosts } from "@/lib/posts/queries";
import { createPost as createPostService, deletePost, editPost } from "@/lib/posts/service";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { searchPosts } from "@/lib/search/queries";
import { createPost, createUser } from "@/test/factories";
import { listTaggedPosts, trendingTags } from "./queries";

type User = Awaited<ReturnType<typeof createUser>>;

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const unique = () => Math.random().toString(36).slice(2, 8);

async function storedLinks(postId: string) {
  const [mentions, tags] = await Promise.all([
    db.postMention.findMany({ where: { postId }, select: { user: { select: { username: true } } } }),
    db.postTag.findMany({ where: { postId }, select: { tag: true } }),
  ]);
  return { mentions: mentions.map((row) => row.user.username).sort(), tags: tags.map((row) => row.tag).sort() };
}

/** Every page of a tag's feed, following the cursors. */
async function walkTag(tag: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listTaggedPosts>> = await listTaggedPosts(tag, null, cursor);
    expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    seen.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

let author: User;
let ada: User;
let hidden: User;

beforeAll(async () => {
  [author, ada, hidden] = await Promise.all([createUser(), createUser(), createUser({ suspended: true })]);
});

describe("storing mentions and tags", () => {
  it("stores a new post's existing, distinct mentions and normalised tags with it", async () => {
    const text = `Hi @${ada.username.toUpperCase()} and @${hidden.username}, not @nobody_${unique()}: #Garden #garden #Café`;
    const created = await createPostService(author, { text, images: [] });
    expect(created.ok).toBe(true);
    if (!created.ok) return;

    expect(await storedLinks(created.postId)).toEqual({ mentions: [ada.username, hidden.username].sort(), tags: ["café", "garden"] });
    const tagRow = await db.postTag.findFirstOrThrow({ where: { postId: created.postId }, include: { post: true } });
    expect(tagRow).toMatchObject({ authorId: author.id, createdAt: tagRow.post.createdAt });
  });

  it("follows an edit: new names and tags are added, dropped ones removed, kept ones keep their time", async () => {
    const post = await createPost(author.id, { text: `@${ada.username} #one #two` });
    const before = await db.postMention.findFirstOrThrow({ where: { postId: post.id } });

    expect(await editPost(author, { postId: post.id, text: `@${ada.username} @${hidden.username} #two #three`, alts: [] })).toMatchObject({ ok: true });
    expect(await storedLinks(post.id)).toEqual({ mentions: [ada.username, hidden.username].sort(), tags: ["three", "two"] });
    expect((await db.postMention.findFirstOrThrow({ where: { postId: post.id, userId: ada.id } })).createdAt).toEqual(before.createdAt);

    await editPost(author, { postId: post.id, text: "Nothing left", alts: [] });
    expect(await storedLinks(post.id)).toEqual({ mentions: [], tags: [] });
  });

  it("stores nothing of an edit that is refused", async () => {
    const post = await createPost(author.id, { text: "#kept" });
    expect(await editPost(ada, { postId: post.id, text: "#stolen", alts: [] })).toMatchObject({ ok: false });
    expect(await storedLinks(post.id)).toEqual({ mentions: [], tags: ["kept"] });
  });

  it("stores a comment's mentions with it, and the page's comments link only shown accounts", async () => {
    const post = await createPost(author.id);
    const added = await addComment(author, { postId: post.id, parentId: null, text: `@${ada.username} @${hidden.username} look` });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    const stored = await db.commentMention.findMany({ where: { commentId: added.comment.id }, select: { userId: true } });
    expect(stored.map((row) => row.userId).sort()).toEqual([ada.id, hidden.id].sort());

    const [comment] = (await listCommentTree(post.id, null)).nodes;
    expect(comment?.mentioned).toEqual([ada.username]);
  });

  it("removes a post's mentions and tags with it", async () => {
    const post = await createPost(author.id, { text: `@${ada.username} #gone` });
    expect(await deletePost(author, { postId: post.id })).toEqual({ ok: true, byAuthor: true });
    expect(await storedLinks(post.id)).toEqual({ mentions: [], tags: [] });
  });
});

describe("reading mentions", () => {
  it("gives every card the shown accounts its text mentions, in each feed's query", async () => {
    const post = await createPost(ada.id, { text: `@${author.username} @${hidden.username} @nobody_${unique()}` });
    expect((await getPost(post.id, null))?.mentioned).toEqual([author.username]);
    expect((await listLatestPosts(null)).items.find((card) => card.id === post.id)?.mentioned).toEqual([author.username]);
    expect((await listHomeFeed(ada.id)).items.find((card) => card.id === post.id)?.mentioned).toEqual([author.username]);
  });

  it("finds which names of a bio are shown accounts, in one lookup", async () => {
    const person = await createUser();
    await db.user.update({ where: { id: person.id }, data: { bio: `Friends with @${ada.username}, @${hidden.username} and @nobody_x` } });
    expect((await getVisibleProfile(person.username, null))?.bioMentioned).toEqual([ada.username]);
  });
});

describe("the tag page", () => {
  it("pages a tag's posts newest first without gaps or repeats, whatever the case or form typed", async () => {
    const tag = `page${unique()}`;
    const base = Date.now() - 3_600_000;
    const posts = [];
    for (let index = 0; index < PAGE_SIZE + 5; index++) {
      // Two posts share each time, so the id must break the tie.
      const spelling = index % 2 ? tag.toUpperCase() : tag;
      posts.push(await createPost(author.id, { text: `#${spelling} ${index}`, createdAt: new Date(base + Math.floor(index / 2) * 1000) }));
    }
    await createPost(author.id, { text: `#${tag}_other` });

    const expected = [...posts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((post) => post.id);
    expect(await walkTag(tag)).toEqual(expected);
  });

  it("leaves out posts of suspended authors", async () => {
    const tag = `hidden${unique()}`;
    const shown = await createPost(author.id, { text: `#${tag}` });
    await createPost(hidden.id, { text: `#${tag}` });
    expect(await walkTag(tag)).toEqual([shown.id]);
  });
});

describe("trending tags", () => {
  it("ranks the last day's tags by people, then posts, leaving out older posts and suspended authors", async () => {
    const [a, b, c] = [`a${unique()}`, `b${unique()}`, `c${unique()}`];
    const people = await Promise.all([createUser(), createUser(), createUser()]);
    // a: three people; b: one person, four posts; c: only old posts and a suspended author's.
    for (const person of people) await createPost(person.id, { text: `#${a}` });
    for (let index = 0; index < 4; index++) await createPost(people[0]!.id, { text: `#${b} ${index}` });
    await createPost(people[1]!.id, { text: `#${c}`, createdAt: new Date(Date.now() - 25 * 3_600_000) });
    for (let index = 0; index < 5; index++) await createPost(hidden.id, { text: `#${c} #${b} ${index}` });

    const trending = await trendingTags(null, 100);
    const mine = trending.filter((row) => [a, b, c].includes(row.tag));
    expect(mine).toEqual([
      { tag: a, people: 3, posts: 3 },
      { tag: b, people: 1, posts: 4 },
    ]);
  });
});

describe("searching for a #tag", () => {
  it("is a search for posts, finding the tagged ones with the tag marked", async () => {
    expect(parseSearchParams({ q: "#Garden" }).type).toBe("posts");
    expect(parseSearchParams({ q: "#Garden", type: "people" }).type).toBe("people");
    const tag = `search${unique()}`;
    const tagged = await createPost(author.id, { text: `Look: #${tag.toUpperCase()} and more` });
    await createPost(author.id, { text: `Only the word ${tag}` });
    await createPost(hidden.id, { text: `#${tag}` });

    const results = await searchPosts(`#${tag}`, 1);
    expect(results.items.map((item) => item.id)).toEqual([tagged.id]);
    expect(results.items[0]?.excerpt.parts).toContainEqual({ text: `#${tag.toUpperCase()}`, highlighted: true });
  });
});
