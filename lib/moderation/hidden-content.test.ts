import { beforeAll, describe, expect, it } from "vitest";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { listCommentTree } from "@/lib/comments/tree";
import { db } from "@/lib/db";
import { listFollowSuggestions, listFollowers, listFollowing } from "@/lib/follows/queries";
import { getPostHistory } from "@/lib/posts/history";
import { getEditablePost, getPost, listHomeFeed, listLatestPosts, listUserPosts } from "@/lib/posts/queries";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { searchPeople, searchPosts } from "@/lib/search/queries";
import { listTaggedPosts, trendingTags } from "@/lib/tags/queries";
import { createComment, createPost, createUser } from "@/test/factories";

type User = Awaited<ReturnType<typeof createUser>>;

// One small community around `hidden`, whose account gets suspended. Every
// place that shows people or their words is asked whether `hidden` appears.

let reader: User;
let hidden: User;
let admin: User;
let newcomer: User;
let hiddenPostId: string;
let hiddenCommentId: string;
let otherPostId: string;
const word = "quixotically";
const tag = "hiddentopic";

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

/** Where `hidden` and their content show, place by place. */
async function placesShowingHidden() {
  return {
    explore: ids(await listLatestPosts(reader.id)).includes(hiddenPostId),
    "home feed of a follower": ids(await listHomeFeed(reader.id)).includes(hiddenPostId),
    "their profile feed": ids(await listUserPosts(hidden.id, reader.id)).includes(hiddenPostId),
    "post page": (await getPost(hiddenPostId, reader.id)) !== null,
    "the reader's bookmarks": ids(await listBookmarks(reader.id)).includes(hiddenPostId),
    "post history page": (await getPostHistory(hiddenPostId, reader.id)) !== null,
    "edit page for its author": (await getEditablePost(hiddenPostId, hidden.id)) !== null,
    "people search": ids(await searchPeople(hidden.username, 1)).includes(hidden.id),
    "post search": ids(await searchPosts(word, 1)).includes(hiddenPostId),
    "comments under someone else's post": ids({ items: (await listCommentTree(otherPostId, null)).nodes }).includes(hiddenCommentId),
    "followers list": ids(await listFollowers(reader.id, null, reader.id)).includes(hidden.id),
    "following list": ids(await listFollowing(reader.id, null, reader.id)).includes(hidden.id),
    "follow suggestions": (await listFollowSuggestions(newcomer.id, 20)).some((user) => user.id === hidden.id),
    "profile page for a user": (await getVisibleProfile(hidden.username, reader)) !== null,
    "profile page for a visitor": (await getVisibleProfile(hidden.username, null)) !== null,
    // Counts beside the lists: their like and comment on someone else's post, their follows.
    "like count of someone else's post": (await getPost(otherPostId, null))?.likeCount === 1,
    "comment count of someone else's post": (await getPost(otherPostId, null))?.commentCount === 2,
    "follower count": (await getVisibleProfile(reader.username, null))?._count.followers === 1,
    "following count": (await getVisibleProfile(reader.username, null))?._count.following === 1,
    "tag page": ids(await listTaggedPosts(tag, reader.id)).includes(hiddenPostId),
    "trending tags": (await trendingTags(reader.id, 100)).some((row) => row.tag === tag),
    "#tag search": ids(await searchPosts(`#${tag}`, 1)).includes(hiddenPostId),
    // An "@name" of theirs in someone else's words is a link only while they are shown.
    "mention in someone else's post": (await getPost(otherPostId, null))?.mentioned.includes(hidden.username) === true,
    "mention in someone else's comment": (await listCommentTree(otherPostId, null)).nodes.some((comment) =>
      comment.mentioned.includes(hidden.username),
    ),
    "mention in someone else's bio": (await getVisibleProfile(reader.username, null))?.bioMentioned.includes(hidden.username) === true,
  };
}

/** Every place answers `shown`: the failure message names the places that do not. */
function expectEveryPlace(places: Record<string, boolean>, shown: boolean) {
  expect(places).toEqual(Object.fromEntries(Object.keys(places).map((place) => [place, shown])));
}

async function setSuspended(user: User, suspendedAt: Date | null) {
  await db.user.update({ where: { id: user.id }, data: { suspendedAt } });
}

describe("a suspended account's content", () => {
  beforeAll(async () => {
    [reader, hidden, admin, newcomer] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ role: "ADMIN" }),
      createUser(),
    ]);
    hiddenPostId = (await createPost(hidden.id, { text: `Acting ${word} today #${tag}` })).id;
    otherPostId = (await createPost(reader.id, { text: `Hello @${hidden.username}` })).id;
    await createComment(otherPostId, reader.id, { text: `Still here, @${hidden.username}?` });
    await db.user.update({ where: { id: reader.id }, data: { bio: `Friends with @${hidden.username}` } });
    hiddenCommentId = (await db.comment.create({ data: { postId: otherPostId, authorId: hidden.id, text: "Hi" } })).id;
    await db.like.create({ data: { userId: hidden.id, postId: otherPostId } });
    await db.bookmark.create({ data: { userId: reader.id, postId: hiddenPostId } });
    await db.follow.createMany({
      data: [
        { followerId: reader.id, followeeId: hidden.id },
        { followerId: hidden.id, followeeId: reader.id },
      ],
    });
  });

  it("shows everywhere while the account is in good standing", async () => {
    expectEveryPlace(await placesShowingHidden(), true);
  });

  it("disappears everywhere once the account is suspended, and comes back when it is lifted", async () => {
    await setSuspended(hidden, new Date());
    expectEveryPlace(await placesShowingHidden(), false);
    await setSuspended(hidden, null);
    expectEveryPlace(await placesShowingHidden(), true);
  });

  it("leaves the profile to admins, marked as suspended", async () => {
    const suspendedAt = new Date("2026-11-20T12:00:00Z");
    await setSuspended(hidden, suspendedAt);
    expect(await getVisibleProfile(hidden.username, admin)).toMatchObject({ id: hidden.id, suspendedAt });
    expect(await getVisibleProfile(hidden.username, reader)).toBeNull();
    await setSuspended(hidden, null);
  });

  it("leaves everyone else's content in place", async () => {
    await setSuspended(hidden, new Date());
    expect(ids(await listHomeFeed(reader.id))).toContain(otherPostId);
    expect(ids(await listLatestPosts(null))).toContain(otherPostId);
    expect(await getPost(otherPostId, null)).toMatchObject({ id: otherPostId });
    expect(await getVisibleProfile(reader.username, null)).toMatchObject({ id: reader.id });
    await setSuspended(hidden, null);
  });
});
