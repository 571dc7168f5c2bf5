import { describe, expect, it } from "vitest";
import { getPost } from "@/lib/posts/queries";
import { createPost, createUser } from "@/test/factories";
import { packPage, unpackPage } from "./packed-page";

describe("a packed page of cards", () => {
  it("unpacks to the page it packed, with each author once", async () => {
    const [ada, bo] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const [plain, warned, other] = await Promise.all([
      createPost(ada.id, { text: "Plain" }),
      createPost(ada.id, { text: "Behind a warning", contentWarning: "spiders", images: [{ width: 40, height: 30, alt: "A web" }] }),
      createPost(bo.id, { text: "By someone else" }),
    ]);
    const cards = await Promise.all([plain, warned, other].map(async (post) => (await getPost(post.id, bo.id))!));
    const page = { items: cards, nextCursor: "next" };

    const packed = packPage(page, bo.id);

    // Only the viewer's own id is sent: the client compares ids with the viewer's alone.
    expect(packed.authors).toEqual([["", ada.username, ada.displayName, null, "ADMIN"], [bo.id, bo.username, bo.displayName]]);
    expect(packed.items[0]).toEqual([plain.id, "Plain", cards[0]!.createdAt.getTime(), 0]);
    expect(packed.items[1]?.[4]).toMatchObject({ contentWarning: "spiders", images: [{ alt: "A web" }] });
    const withoutAda = cards.map((card) => (card.author.id === ada.id ? { ...card, author: { ...card.author, id: "" } } : card));
    expect(unpackPage(packed)).toEqual({ ...page, items: withoutAda });
    expect(packPage(page, null).authors.map(([id]) => id)).toEqual(["", ""]);
  });
});

describe("a packed page's repost lines", () => {
  it("name each reposter by a place among the authors, and unpack to the same lines", async () => {
    const [ada, bo, cy] = await Promise.all([createUser({ role: "ADMIN" }), createUser(), createUser()]);
    const [first, second] = await Promise.all([createPost(bo.id, { text: "First" }), createPost(cy.id, { text: "Second" })]);
    const named = (user: typeof ada) => ({ id: user.id, username: user.username, displayName: user.displayName });
    const [firstCard, secondCard] = await Promise.all([first, second].map(async (post) => (await getPost(post.id, ada.id))!));
    // Ada, who wrote no card, reposted both; Cy, whose card is the second, reposted the first too.
    const page = {
      items: [
        { ...firstCard!, reposted: { names: [named(ada), named(cy)], total: 3 } },
        { ...secondCard!, reposted: { names: [named(ada)], total: 1 } },
      ],
      nextCursor: null,
    };

    const packed = packPage(page, ada.id);

    expect(packed.authors).toEqual([["", bo.username, bo.displayName], ["", cy.username, cy.displayName], [ada.id, ada.username, ada.displayName]]);
    expect(packed.items.map((item) => item[4]?.reposted)).toEqual([[3, 2, 1], [1, 2]]);
    const unpacked = unpackPage(packed).items;
    expect(unpacked.map((card) => card.reposted)).toEqual([
      { names: [named(ada), { ...named(cy), id: "" }], total: 3 },
      { names: [named(ada)], total: 1 },
    ]);
    expect(unpacked.map((card) => card.author.username)).toEqual([bo.username, cy.username]);
  });
});

describe("a packed page's quotes", () => {
  it("name the quoted post's author by a place among the authors, and unpack to the same quotes", async () => {
    const [ada, bo] = await Promise.all([createUser(), createUser()]);
    const quoted = await createPost(bo.id, { text: "Quoted", contentWarning: "spoilers", images: [{ width: 40, height: 30, alt: "A map" }] });
    const [quoting, plain] = await Promise.all([createPost(ada.id, { text: "Look", quotedPostId: quoted.id }), createPost(ada.id, { text: "Plain" })]);
    const cards = await Promise.all([quoting, plain].map(async (post) => (await getPost(post.id, null))!));
    const page = { items: cards, nextCursor: null };

    const packed = packPage(page, null);

    expect(packed.authors.map(([, username]) => username)).toEqual([ada.username, bo.username]);
    expect(packed.items[0]?.[4]?.quote).toEqual([quoted.id, "Quoted", quoted.createdAt.getTime(), 1, { contentWarning: "spoilers", image: expect.objectContaining({ alt: "A map" }) }]);
    expect(packed.items[1]?.[4]).toBeUndefined();
    const withoutIds = cards.map((card) => ({
      ...card,
      author: { ...card.author, id: "" },
      quote: card.quote?.available ? { ...card.quote, post: { ...card.quote.post, author: { ...card.quote.post.author, id: "" } } } : card.quote,
    }));
    expect(unpackPage(packed).items).toEqual(withoutIds);
  });
});
