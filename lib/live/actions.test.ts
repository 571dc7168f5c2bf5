import { describe, expect, it } from "vitest";
import { createFollow, createPost, createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";
import { loadNewestHomePosts } from "./actions";

describe("loadNewestHomePosts", () => {
  it("gives a visitor nothing, and a reader the first page of their own home feed only", async () => {
    expect(await loadNewestHomePosts()).toEqual({ items: [], nextCursor: null });

    const [reader, followed, stranger] = [await createUser(), await createUser(), await createUser()];
    await createFollow(reader.id, followed.id);
    const followedPost = await createPost(followed.id, { text: "From someone I follow" });
    await createPost(stranger.id, { text: "From a stranger" });
    await signInAs(reader.id);

    const page = await loadNewestHomePosts();
    expect(page.items.map((post) => post.id)).toEqual([followedPost.id]);
  });
});
