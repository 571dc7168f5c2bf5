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

    const packed = packPage(page);

    expect(packed.authors).toEqual([[ada.id, ada.username, ada.displayName, null, "ADMIN"], [bo.id, bo.username, bo.displayName]]);
    expect(packed.items[0]).toEqual([plain.id, "Plain", cards[0]!.createdAt.getTime(), 0]);
    expect(packed.items[1]?.[4]).toMatchObject({ contentWarning: "spiders", images: [{ alt: "A web" }] });
    expect(unpackPage(packed)).toEqual(page);
  });
});
