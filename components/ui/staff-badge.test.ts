import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CommentBody } from "@/components/comments/comment-body";
import { UserList } from "@/components/follows/user-list";
import { PostByline } from "@/components/posts/post-byline";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { PeopleResults } from "@/components/search/people-results";
import { PostResults } from "@/components/search/post-results";
import { db } from "@/lib/db";
import { listCommentTree } from "@/lib/comments/tree";
import { listFollowers, listFollowSuggestions } from "@/lib/follows/queries";
import { getPost } from "@/lib/posts/queries";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { searchPeople, searchPosts } from "@/lib/search/queries";
import { createPost, createUser } from "@/test/factories";

// An admin's name carries a Staff badge wherever it is shown; a user who
// names himself like the admin, with a check mark or "Staff", does not get
// one. Names are written straight to the database here, as an account made
// before the name rules would have them: the badge must not depend on the name.

const BADGE = 'role="img" aria-label="Staff"';
const badges = (markup: string) => markup.split(BADGE).length - 1;

let admin: Awaited<ReturnType<typeof createUser>>;
let impostors: Awaited<ReturnType<typeof createUser>>[];
let postIds: string[];

beforeAll(async () => {
  admin = await createUser({ username: "ada_staff_test", displayName: "Ada Okafor", role: "ADMIN" });
  impostors = await Promise.all([
    createUser({ username: "ada_check", displayName: "Ada Okafor ✅" }),
    createUser({ username: "ada_word", displayName: "Staff" }),
  ]);
  const authors = [admin, ...impostors];
  postIds = [];
  for (const author of authors) postIds.push((await createPost(author.id, { text: "Marigold seedlings for everyone" })).id);
  await db.comment.createMany({ data: authors.map((author) => ({ postId: postIds[0]!, authorId: author.id, text: "Count me in" })) });
  await db.follow.createMany({ data: impostors.map((impostor) => ({ followerId: admin.id, followeeId: impostor.id })) });
  await db.follow.createMany({ data: impostors.map((impostor) => ({ followerId: impostor.id, followeeId: admin.id })) });
});

describe("the Staff badge", () => {
  it("follows the author's role in post bylines, not the name", async () => {
    const [adminPost, ...impostorPosts] = await Promise.all(postIds.map((id) => getPost(id, null)));
    const byline = (post: typeof adminPost) => renderToStaticMarkup(createElement(PostByline, { author: post!.author, createdAt: post!.createdAt }));
    expect(badges(byline(adminPost))).toBe(1);
    for (const post of impostorPosts) {
      expect(byline(post)).toContain(post!.author.displayName);
      expect(badges(byline(post))).toBe(0);
    }
  });

  it("marks only the admin's comment", async () => {
    const { nodes: items } = await listCommentTree(postIds[0]!, null);
    const markup = items
      .map((comment) =>
        renderToStaticMarkup(createElement(CommentBody, { postId: postIds[0]!, comment, viewerId: null, viewerIsAdmin: false, postAuthorId: admin.id })),
      )
      .join("");
    expect(items).toHaveLength(3);
    expect(badges(markup)).toBe(1);
  });

  it("marks the admin's profile header and no one else's", async () => {
    const header = async (username: string) => {
      const profile = await getVisibleProfile(username, null);
      return renderToStaticMarkup(createElement(ProfileHeader, { profile: profile!, viewerId: null, viewerIsAdmin: false, viewerFollows: false }));
    };
    expect(badges(await header(admin.username))).toBe(1);
    for (const impostor of impostors) expect(badges(await header(impostor.username))).toBe(0);
  });

  it("marks the admin in lists of people: followers, suggestions and search", async () => {
    const list = (users: Parameters<typeof UserList>[0]["users"]) =>
      renderToStaticMarkup(createElement(UserList, { users, viewerId: null, label: "People", empty: "No one", moreHref: null }));
    const followersOfImpostor = await listFollowers(impostors[0]!.id, null, null);
    const followersOfAdmin = await listFollowers(admin.id, null, null);
    expect(badges(list(followersOfImpostor.items))).toBe(1);
    expect(badges(list(followersOfAdmin.items))).toBe(0);

    const suggestions = await listFollowSuggestions((await createUser()).id, 10);
    expect(suggestions.map((user) => [user.username, user.role])).toContainEqual([admin.username, "ADMIN"]);

    const people = await searchPeople("ada", 1);
    const peopleMarkup = renderToStaticMarkup(createElement(PeopleResults, { people: people.items }));
    expect(people.items.map((person) => person.username)).toEqual(expect.arrayContaining(["ada_check", "ada_staff_test"]));
    expect(badges(peopleMarkup)).toBe(1);

    const posts = await searchPosts("marigold", 1);
    expect(posts.items).toHaveLength(3);
    expect(badges(renderToStaticMarkup(createElement(PostResults, { posts: posts.items })))).toBe(1);
  });
});
