import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight";
import { type PostResult, searchPosts } from "./queries";
import { MAX_PAGES } from "./schema";

type User = Awaited<ReturnType<typeof createUser>>;

const hour = 3_600_000;

async function idsFor(query: string) {
  return (await searchPosts(query, 1)).items.map((post) => post.id);
}

const highlightedWords = (post: PostResult) => post.excerpt.parts.filter((part) => part.highlighted).map((part) => part.text);

/** The excerpt as a reader sees it, "…" at the cuts. */
const shownText = ({ excerpt: { parts, cutBefore, cutAfter } }: PostResult) =>
  (cutBefore ? "…" : "") + parts.map((part) => part.text).join("") + (cutAfter ? "…" : "");

describe("searchPosts", () => {
  let author: User;
  beforeAll(async () => {
    author = await createUser({ username: "ada", displayName: "Ada Okafor" });
  });

  it("finds other forms of a word and highlights them", async () => {
    const post = await createPost(author.id, { text: "Gardening again: the gardens look great." });
    const [result] = (await searchPosts("garden", 1)).items;
    expect(result).toMatchObject({ id: post.id, author: { username: "ada", displayName: "Ada Okafor" } });
    expect(highlightedWords(result!)).toEqual(["Gardening", "gardens"]);
    expect(shownText(result!)).toBe("Gardening again: the gardens look great.");
    expect(await idsFor("gardens")).toEqual([post.id]);
  });

  it("ranks a post about the word above a passing mention, even an older one", async () => {
    const now = Date.now();
    const about = await createPost(author.id, {
      text: "Orchard day: pruned the orchard, mulched the orchard, fed the orchard birds.",
      createdAt: new Date(now - 2 * hour),
    });
    const passing = await createPost(author.id, {
      text: "Long walk to the shops and the library and the river, home past an orchard.",
      createdAt: new Date(now - hour),
    });
    expect(await idsFor("orchard")).toEqual([about.id, passing.id]);
  });

  it("ranks words close together above the same words far apart", async () => {
    const now = Date.now();
    const close = await createPost(author.id, { text: "The allotment cooperative meets on Sunday.", createdAt: new Date(now - 2 * hour) });
    const apart = await createPost(author.id, {
      text: "The allotment flooded again, so we talked about rain, drains, buckets, boots and then a cooperative.",
      createdAt: new Date(now - hour),
    });
    expect(await idsFor("allotment cooperative")).toEqual([close.id, apart.id]);
  });

  it("supports phrases and exclusions the way web search does", async () => {
    const party = await createPost(author.id, { text: "Quince party on the lawn" });
    const jam = await createPost(author.id, { text: "Quince jam, no party" });
    expect(await idsFor('"quince party"')).toEqual([party.id]);
    expect(await idsFor("quince -party")).toEqual([]);
    expect((await idsFor("quince")).sort()).toEqual([party.id, jam.id].sort());
  });

  it("finds a hyphenated word written with or without its hyphen, and leaves it out when asked", async () => {
    const spaced = await createPost(author.id, { text: "Shipped nocturne theme support for our team's app today" });
    const hyphenated = await createPost(author.id, { text: "Trying the nocturne-theme build" });
    for (const query of ["nocturne-theme", "nocturne theme", '"nocturne-theme"', "nocturne-theme!"]) {
      expect((await idsFor(query)).sort(), query).toEqual([spaced.id, hyphenated.id].sort());
    }
    expect(await idsFor("build -nocturne-theme")).toEqual([]);
    expect(highlightedWords((await searchPosts("nocturne-theme", 1)).items.find((post) => post.id === spaced.id)!)).toEqual(["nocturne", "theme"]);
  });

  it("says when a found post was edited, as its card does, by its own search and by its tag", async () => {
    const post = await createPost(author.id, { text: "Fixed typo in #marmalade recipe" });
    const editedAt = new Date();
    await db.post.update({ where: { id: post.id }, data: { editedAt } });
    for (const query of ["marmalade recipe", "#marmalade"]) expect((await searchPosts(query, 1)).items.map((found) => found.editedAt), query).toEqual([editedAt]);
  });

  it("cannot be fooled by highlight markers typed into a post", async () => {
    await createPost(author.id, { text: `A real parsnip next to a ${HIGHLIGHT_START}fake${HIGHLIGHT_END} mark.` });
    const [result] = (await searchPosts("parsnip", 1)).items;
    expect(highlightedWords(result!)).toEqual(["parsnip"]);
    expect(shownText(result!)).toContain("real parsnip next to a fake mark");
  });

  it("ignores accents and case on both sides", async () => {
    const post = await createPost(author.id, { text: "Coffee with Jo Martínez and Elif Yılmaz at the CAFÉ." });
    for (const query of ["martinez", "MARTÍNEZ", "yilmaz", "Yılmaz", "cafe", "café"]) {
      expect(await idsFor(query), query).toEqual([post.id]);
    }
    const [result] = (await searchPosts("martinez yilmaz", 1)).items;
    expect(highlightedWords(result!)).toEqual(["Martínez", "Yılmaz"]);
  });

  it("shows a long post cut at both ends around the match, with … at each cut", async () => {
    const filler = (word: string) => Array.from({ length: 40 }, (_, index) => `${word}${index}`).join(" ");
    const text = `${filler("before")} the rhubarb crumble ${filler("after")}`;
    await createPost(author.id, { text });
    const [result] = (await searchPosts("rhubarb", 1)).items;
    const shown = shownText(result!);
    expect(shown).toMatch(/^…before\d+ .* the rhubarb crumble .* after\d+…$/);
    // Only the ends are cut: what is shown is one unbroken stretch of the post.
    expect(text).toContain(shown.slice(1, -1));
  });

  it("finds a post by the parts of its links and dotted names, and still by the whole", async () => {
    const post = await createPost(author.id, {
      text: "Notes on https://www.quillwork.org/Guides/focus-rings.html and gitforge.net/ada/keyring.js today.",
    });
    const other = await createPost(author.id, { text: "Quillwork by hand, no keyring in sight." });
    for (const query of ["quillwork.org", "www.quillwork.org", "gitforge", "gitforge.net", "keyring.js", "focus rings", "guides"]) {
      expect(await idsFor(query), query).toEqual([post.id]);
    }
    expect((await idsFor("quillwork")).sort()).toEqual([post.id, other.id].sort());
    // The added words come after the text: a phrase of the text's own words still needs them side by side.
    expect(await idsFor('"notes today"')).toEqual([]);
  });

  it("marks the matched parts of a link, and shows the link a long post was found by", async () => {
    const post = await createPost(author.id, {
      text: `${"A long walk through the archive, one shelf after another. ".repeat(5)}Found it at https://www.ledgerlane.org/Guides/index-cards.html`,
    });
    const [guides] = (await searchPosts("guides ledgerlane.org", 1)).items;
    expect(guides?.id).toBe(post.id);
    expect(highlightedWords(guides!)).toEqual(["ledgerlane.org", "Guides"]);
    expect(guides!.excerpt.cutBefore).toBe(true);
    expect(shownText(guides!)).toMatch(/Found it at https:\/\/www\.ledgerlane\.org\/Guides\/index-cards\.html$/);
    const [cards] = (await searchPosts("index cards", 1)).items;
    expect(highlightedWords(cards!)).toEqual(["index", "cards"]);
  });

  it("finds emoji, alone or with words, whatever skin tone or variation follows them", async () => {
    const flamingo = await createPost(author.id, { text: "Saw a 🦩 at the lake 🦩🦩" });
    const teapot = await createPost(author.id, { text: "Lake day with the 🫖 and a 🦩🏽" });
    const heart = await createPost(author.id, { text: "I ❤️ this lake" });
    expect((await idsFor("🦩")).sort()).toEqual([flamingo.id, teapot.id].sort());
    expect(await idsFor("lake 🫖")).toEqual([teapot.id]);
    expect(await idsFor("🫖🦩")).toEqual([teapot.id]);
    expect(await idsFor("❤")).toEqual([heart.id]);
    expect(await idsFor("❤️")).toEqual([heart.id]);
    // A left-out emoji is not required, as a left-out word would be if it were searchable.
    expect(await idsFor("🫖 -🦩")).toEqual([teapot.id]);
    expect(await idsFor("🪻")).toEqual([]);
  });

  it("finds nothing for stop words alone", async () => {
    expect(await idsFor("the and of")).toEqual([]);
  });

  it("pages through matches without duplicates", async () => {
    const created = await db.post.createManyAndReturn({
      data: Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, index) => ({ authorId: author.id, text: `Zucchini number ${index}` })),
      select: { id: true },
    });
    const pages = [await searchPosts("zucchini", 1), await searchPosts("zucchini", 2), await searchPosts("zucchini", 3)];
    expect(pages.map((page) => [page.items.length, page.hasMore])).toEqual([
      [PAGE_SIZE, true],
      [PAGE_SIZE, true],
      [5, false],
    ]);
    const seen = pages.flatMap((page) => page.items.map((post) => post.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(created.map((post) => post.id).sort());
  });

  it("leaves out posts written after the first page was made, so none moves into a later page seen twice", async () => {
    const word = "yarrowsnapshot";
    const older = await db.post.createManyAndReturn({
      data: Array.from({ length: PAGE_SIZE + 3 }, (_, index) => ({ authorId: author.id, text: `${word} ${index}`, createdAt: new Date(Date.now() - (index + 1) * 60_000) })),
    });
    const firstPageAt = new Date();
    const firstPage = (await searchPosts(word, 1, null, firstPageAt)).items.map((post) => post.id);
    const later = new Date(firstPageAt.getTime() + 1_000);
    await db.post.createMany({ data: Array.from({ length: 3 }, (_, index) => ({ authorId: author.id, text: `${word} newer ${index}`, createdAt: later })) });
    const secondPage = (await searchPosts(word, 2, null, firstPageAt)).items.map((post) => post.id);
    expect(secondPage).toHaveLength(3);
    expect(new Set([...firstPage, ...secondPage])).toEqual(new Set(older.map((post) => post.id)));
    expect((await idsFor(word)).length).toBe(PAGE_SIZE);
  });

  it("leaves out tagged posts written after the first page was made too", async () => {
    const firstPageAt = new Date();
    const before = await createPost(author.id, { text: "Pressed flowers #herbariumsnapshot", createdAt: new Date(firstPageAt.getTime() - 1_000) });
    await createPost(author.id, { text: "More pressed flowers #herbariumsnapshot", createdAt: new Date(firstPageAt.getTime() + 1_000) });
    expect((await searchPosts("#herbariumsnapshot", 1, null, firstPageAt)).items.map((post) => post.id)).toEqual([before.id]);
    expect(await idsFor("#herbariumsnapshot")).toHaveLength(2);
  });

  it(`stops offering more results after page ${MAX_PAGES}`, async () => {
    await db.post.createMany({
      data: Array.from({ length: PAGE_SIZE * MAX_PAGES + 1 }, (_, index) => ({ authorId: author.id, text: `Turnip ${index}` })),
    });
    const last = await searchPosts("turnip", MAX_PAGES);
    expect(last.items).toHaveLength(PAGE_SIZE);
    expect(last.hasMore).toBe(false);
  });
});
