import { beforeAll, describe, expect, it } from "vitest";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { db, onStatement } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { listHomeFeed, listLatestPosts, listUserPosts } from "./queries";

// A feed page must cost the same number of SQL statements whether its posts
// have no images, likes or comments or many of each: no query per post (N+1).

let statements = 0;

async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await work();
  return statements;
}

async function addEngagement(postIds: string[], people: string[]) {
  for (const postId of postIds) {
    await db.postImage.createMany({
      data: [0, 1, 2].map((position) => ({ postId, position, fileKey: `${"a".repeat(63)}${position}.webp`, width: 10, height: 10 })),
    });
    await db.like.createMany({ data: people.map((userId) => ({ userId, postId })) });
    await db.comment.createMany({ data: people.map((authorId) => ({ postId, authorId, text: "Hi" })) });
    await db.repost.createMany({ data: people.map((userId) => ({ userId, postId })) });
    // Quotes of the post: each on the page too, with the post and its images embedded.
    await db.post.createMany({ data: people.map((authorId) => ({ authorId, text: "Quoting", quotedPostId: postId, isQuote: true })) });
  }
}

describe("feed queries", () => {
  let reader: string;
  let people: string[];

  beforeAll(async () => {
    onStatement(() => void statements++);
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    reader = users[0]!.id;
    people = users.map((user) => user.id);
    await db.follow.createMany({ data: people.slice(1).map((followeeId) => ({ followerId: reader, followeeId })) });
  });

  it("use a constant number of statements per page, however long and busy the page", async () => {
    const author = people[1]!;
    await createPost(author);
    const small = {
      home: await statementsFor(() => listHomeFeed(reader)),
      explore: await statementsFor(() => listLatestPosts(reader)),
      profile: await statementsFor(() => listUserPosts(author, reader)),
      bookmarks: await statementsFor(() => listBookmarks(reader)),
    };

    const posts = [];
    for (let index = 0; index < 30; index++) posts.push((await createPost(people[1 + (index % 3)]!)).id);
    await addEngagement(posts, people);
    await db.bookmark.createMany({ data: posts.map((postId) => ({ userId: reader, postId })) });
    const full = {
      home: await statementsFor(() => listHomeFeed(reader)),
      explore: await statementsFor(() => listLatestPosts(reader)),
      profile: await statementsFor(() => listUserPosts(author, reader)),
      bookmarks: await statementsFor(() => listBookmarks(reader)),
    };

    // Posts, authors, images, counts, "liked by me", "bookmarked by me", "reposted by me", who reposted it
    // and the quoted posts together: one statement, not 20 × 9. The home
    // feed picks its page's posts in the same statement, whether the feed is sparse (the small
    // page: one followed post among few) or dense.
    expect(full).toEqual({ home: 1, explore: 1, profile: 1, bookmarks: 1 });
    expect(small).toEqual(full);
  });
});
