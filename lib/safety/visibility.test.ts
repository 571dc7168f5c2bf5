import { describe, expect, it } from "vitest";
import { listsHideComments } from "@/lib/comments/queries";
import { listCommentTree } from "@/lib/comments/tree";
import { db } from "@/lib/db";
import { listFollowSuggestions, listFollowers } from "@/lib/follows/queries";
import { listNotifications } from "@/lib/notifications/queries";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { mutedWordsHideHome } from "@/lib/posts/home-feed";
import { getPostHistory } from "@/lib/posts/history";
import { getPost, listHomeFeed, listLatestPosts, listQuotes, listUserPosts } from "@/lib/posts/queries";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { reportTargetOf } from "@/lib/reports/target";
import { mutedWordsHidePosts, postsHiddenBy, searchPeople, searchPosts } from "@/lib/search/queries";
import { listTaggedPosts, listsHideTag, mutedWordsHideTag } from "@/lib/tags/queries";
import { createComment, createFollow, createLike, createPost, createUser } from "@/test/factories";

// Each hiding rule of lib/safety in each place a post, comment, person or
// notification shows, read through the same queries as the pages.

type User = Awaited<ReturnType<typeof createUser>>;

const block = (blocker: User, blocked: User) => db.block.create({ data: { blockerId: blocker.id, blockedId: blocked.id } });
const mute = (muter: User, muted: User) => db.mute.create({ data: { muterId: muter.id, mutedId: muted.id } });
const muteWord = (user: User, phrase: string, expiresAt: Date | null = null) => db.mutedWord.create({ data: { userId: user.id, phrase, expiresAt } });
const repost = (user: User, postId: string) => db.repost.create({ data: { userId: user.id, postId } });

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const unique = () => Math.random().toString(36).slice(2, 8);

async function notificationActors(user: User): Promise<string[]> {
  const page = await listNotifications(user.id, "all", { readAt: null });
  return page.items.flatMap((item) => item.actors.map((actor) => actor.username));
}

describe("blocks", () => {
  it("hide each account from the other everywhere: profile, post, feeds, comments, search, tags, lists, suggestions, notifications", async () => {
    const word = `blockword${unique()}`;
    const [blocker, harasser, friend] = await Promise.all([createUser(), createUser(), createUser()]);
    const blockersPost = await createPost(blocker.id, { text: `${word} #${word} by the blocker` });
    const harassersPost = await createPost(harasser.id, { text: `${word} #${word} by the harasser` });
    const friendsPost = await createPost(friend.id, { text: `${word} by a friend` });
    const [blockersComment, harassersComment] = await Promise.all([createComment(friendsPost.id, blocker.id), createComment(friendsPost.id, harasser.id)]);
    await Promise.all([createFollow(blocker.id, friend.id), createFollow(harasser.id, friend.id), createFollow(harasser.id, blocker.id)]);
    await createFollow(blocker.id, harasser.id);
    await createLike(harasser.id, blockersPost.id);
    await repost(friend, harassersPost.id);
    await repost(friend, blockersPost.id);
    await db.bookmark.createMany({ data: [{ userId: blocker.id, postId: harassersPost.id }, { userId: harasser.id, postId: blockersPost.id }] });
    await db.user.update({ where: { id: blocker.id }, data: { bio: `${word}` } });
    await db.user.update({ where: { id: harasser.id }, data: { bio: `${word}` } });
    expect(await notificationActors(blocker)).toContain(harasser.username);

    await block(blocker, harasser);

    // The block removed the follows both ways.
    expect(await db.follow.count({ where: { OR: [{ followerId: blocker.id, followeeId: harasser.id }, { followerId: harasser.id, followeeId: blocker.id }] } })).toBe(0);
    for (const [viewer, other, othersPost, othersComment] of [
      [harasser, blocker, blockersPost, blockersComment],
      [blocker, harasser, harassersPost, harassersComment],
    ] as const) {
      expect(await getVisibleProfile(other.username, viewer)).toSatisfy((profile) => viewer === harasser ? profile === null : profile?.relationship.blocking === true);
      expect(await getPost(othersPost.id, viewer.id)).toBeNull();
      expect(await getPostHistory(othersPost.id, viewer.id)).toBeNull();
      expect(ids(await listBookmarks(viewer.id))).not.toContain(othersPost.id);
      expect(await reportTargetOf({ post: othersPost.id }, viewer.id)).toBeNull();
      expect(await reportTargetOf({ comment: othersComment.id }, viewer.id)).toBeNull();
      // A blocked account is still there for its blocker to report; the blocker is gone for whom they blocked.
      expect(await reportTargetOf({ account: other.id }, viewer.id)).toSatisfy((target) => (viewer === blocker) === (target !== null));
      expect(ids(await listLatestPosts(viewer.id))).not.toContain(othersPost.id);
      expect(ids(await listHomeFeed(viewer.id))).not.toContain(othersPost.id);
      expect(ids(await listHomeFeed(viewer.id))).toContain(friendsPost.id);
      expect(ids(await listUserPosts(friend.id, viewer.id))).not.toContain(othersPost.id);
      expect(ids(await listTaggedPosts(word, viewer.id))).not.toContain(othersPost.id);
      const comments = (await listCommentTree(friendsPost.id, null, null, viewer.id)).nodes;
      expect(comments.map((node) => node.author?.id)).not.toContain(other.id);
      expect((await searchPosts(word, 1, viewer.id)).items.map((post) => post.id)).not.toContain(othersPost.id);
      expect((await searchPeople(word, 1, PAGE_SIZE, viewer.id)).items.map((person) => person.id)).not.toContain(other.id);
      expect(ids(await listFollowers(friend.id, null, viewer.id))).not.toContain(other.id);
      expect((await listFollowSuggestions(viewer.id, 20)).map((person) => person.id)).not.toContain(other.id);
    }
    // Others still see both.
    expect(ids(await listLatestPosts(friend.id))).toEqual(expect.arrayContaining([blockersPost.id, harassersPost.id]));
    expect(await getPostHistory(blockersPost.id, friend.id)).not.toBeNull();
    expect(await reportTargetOf({ comment: harassersComment.id }, friend.id)).toMatchObject({ byline: `Comment by @${harasser.username}` });
    expect(await notificationActors(blocker)).not.toContain(harasser.username);
  });
});

describe("mutes", () => {
  it("take the muted account's posts, reposts, comments and notifications out of the muter's pages, and nothing else", async () => {
    const [reader, muted, friend] = await Promise.all([createUser(), createUser(), createUser()]);
    await Promise.all([createFollow(reader.id, muted.id), createFollow(reader.id, friend.id)]);
    const mutedsPost = await createPost(muted.id);
    const friendsPost = await createPost(friend.id);
    const readersPost = await createPost(reader.id);
    await repost(muted, friendsPost.id);
    await createComment(readersPost.id, muted.id);
    await createLike(muted.id, readersPost.id);

    await mute(reader, muted);

    const home = await listHomeFeed(reader.id);
    expect(ids(home)).not.toContain(mutedsPost.id);
    // The friend's own post stays, but not as the muted account's repost.
    expect(home.items.find((card) => card.id === friendsPost.id)?.reposted).toBeNull();
    expect(ids(await listLatestPosts(reader.id))).not.toContain(mutedsPost.id);
    expect((await listCommentTree(readersPost.id, null, null, reader.id)).nodes).toEqual([]);
    expect(await notificationActors(reader)).not.toContain(muted.username);
    // Their profile and their post's own page still show; nothing changes for them.
    expect(ids(await listUserPosts(muted.id, reader.id))).toContain(mutedsPost.id);
    expect(await getPost(mutedsPost.id, reader.id)).not.toBeNull();
    expect(ids(await listLatestPosts(muted.id))).toContain(readersPost.id);
  });
});

describe("muted words", () => {
  it("hide posts with the word or phrase, whole and in any case, from home, explore, tag pages and search, until they expire", async () => {
    const tag = `mw${unique()}`;
    const [reader, author] = await Promise.all([createUser(), createUser()]);
    await createFollow(reader.id, author.id);
    const texts = {
      word: `The SPOILER is here #${tag}`,
      phrase: `Beware the Red   Wedding #${tag}`,
      inside: `Spoilers ahead, and unspoilered #${tag}`,
      literal: `c++ is a language #${tag}`,
      dotted: `axb is not a.b #${tag}`,
      expired: `an old grudge #${tag}`,
      hashtag: `Big #Launch today #${tag}`,
      bareWord: `launch party #${tag}`,
      apart: `red roses at the wedding #${tag}`,
      emoji: `party 🎉 time #${tag}`,
      longWord: `${"x".repeat(3000)} #${tag}`,
    };
    const posts = Object.fromEntries(
      await Promise.all(Object.entries(texts).map(async ([key, text]) => [key, (await createPost(author.id, { text })).id] as const)),
    );
    await Promise.all([
      muteWord(reader, "spoiler"),
      muteWord(reader, "red wedding"),
      muteWord(reader, "c++"),
      muteWord(reader, "x.y"),
      muteWord(reader, "grudge", new Date(Date.now() - 1000)),
      muteWord(reader, "#launch"),
      muteWord(reader, "🎉"),
    ]);
    // One-word muted words are looked up among the text's words; the others (a phrase, c++, #launch,
    // an emoji) are matched by the regular expression on the texts that hold all of their words.
    const hidden = [posts.word, posts.phrase, posts.literal, posts.hashtag, posts.emoji];
    const shown = [posts.inside, posts.dotted, posts.expired, posts.bareWord, posts.apart, posts.longWord];

    for (const page of [await listHomeFeed(reader.id), await listLatestPosts(reader.id), await listTaggedPosts(tag, reader.id)]) {
      expect(ids(page)).toEqual(expect.arrayContaining(shown));
      for (const id of hidden) expect(ids(page)).not.toContain(id);
    }
    const searched = (await searchPosts(`#${tag}`, 1, reader.id)).items.map((post) => post.id);
    expect(searched.sort()).toEqual([...shown].sort());
    // The author and anyone else see them all.
    expect(ids(await listTaggedPosts(tag, author.id))).toHaveLength(11);
    // Phrases alone (no one-word muted word) hide what they match, and only that.
    const phrasesOnly = await createUser();
    await muteWord(phrasesOnly, "red wedding");
    const phrasesOnlyIds = ids(await listTaggedPosts(tag, phrasesOnly.id));
    expect(phrasesOnlyIds).toHaveLength(10);
    expect(phrasesOnlyIds).not.toContain(posts.phrase);
  });

  it("leave a page full: the posts hidden are left out before the page is cut", async () => {
    const [reader, author] = await Promise.all([createUser(), createUser()]);
    await createFollow(reader.id, author.id);
    const start = Date.now() + 60_000;
    for (let index = 0; index < PAGE_SIZE * 2; index++) {
      await createPost(author.id, { text: index % 2 ? "muted topic here" : `fine post ${index}`, createdAt: new Date(start + index * 1000) });
    }
    await muteWord(reader, "topic");
    for (const page of [await listHomeFeed(reader.id), await listLatestPosts(reader.id)]) {
      expect(page.items).toHaveLength(PAGE_SIZE);
      expect(page.items.every((card) => card.text.startsWith("fine post"))).toBe(true);
    }
  });
});

describe("blocks and mutes as the reason a page is empty", () => {
  it("are named on a tag page to the reader who blocked or muted its posts' author, and to no one else", async () => {
    const word = `sketch${unique()}`;
    const [muter, blocker, blockedReader, otherReader, author] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser()]);
    await createPost(author.id, { text: `Morning #${word}` });
    await Promise.all([mute(muter, author), block(blocker, author), block(author, blockedReader)]);

    for (const reader of [muter, blocker]) {
      expect((await listTaggedPosts(word, reader.id)).items).toEqual([]);
      expect(await listsHideTag(word, reader.id)).toBe(true);
    }
    // Blocked, the reader is not told of it: the page is as empty as for a tag no one used.
    expect((await listTaggedPosts(word, blockedReader.id)).items).toEqual([]);
    const others = [blockedReader.id, otherReader.id, null].map((reader) => listsHideTag(word, reader));
    expect([...(await Promise.all(others)), await listsHideTag(`none${word}`, muter.id)]).toEqual([false, false, false, false]);
  });

  it("are named on a search they empty, for words or a hashtag, to the reader who blocked or muted the author only", async () => {
    const word = `kiln${unique()}`;
    const [muter, blocker, blockedReader, otherReader, author] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser()]);
    await createPost(author.id, { text: `Fired the ${word} #${word}` });
    await Promise.all([mute(muter, author), block(blocker, author), block(author, blockedReader)]);

    for (const reader of [muter, blocker, blockedReader]) expect((await searchPosts(word, 1, reader.id)).items).toEqual([]);
    for (const query of [word, `#${word}`]) {
      const readers = [muter, blocker, blockedReader, otherReader].map((reader) => postsHiddenBy(query, reader.id));
      expect(await Promise.all(readers)).toEqual(["blocks and mutes", "blocks and mutes", null, null]);
    }
    expect([await postsHiddenBy(word, null), await postsHiddenBy(`other${word}`, muter.id)]).toEqual([null, null]);
  });

  it("are named under a post to the reader who blocked or muted its commenters, and to no one else", async () => {
    const [muter, blocker, blockedReader, otherReader, author, commenter] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser(),
      createUser(),
      createUser(),
    ]);
    const post = await createPost(author.id);
    const quiet = await createPost(author.id);
    await createComment(post.id, commenter.id);
    await Promise.all([mute(muter, commenter), block(blocker, commenter), block(commenter, blockedReader)]);

    for (const reader of [muter, blocker, blockedReader]) expect((await listCommentTree(post.id, null, null, reader.id)).nodes).toEqual([]);
    expect(await Promise.all([muter, blocker].map((reader) => listsHideComments(post.id, reader.id)))).toEqual([true, true]);
    const others = [listsHideComments(post.id, blockedReader.id), listsHideComments(post.id, otherReader.id), listsHideComments(post.id, null)];
    expect([...(await Promise.all(others)), await listsHideComments(quiet.id, muter.id)]).toEqual([false, false, false, false]);
  });
});

describe("muted words as the reason a page is empty", () => {
  it("are named on a tag page or a search they empty, to the reader who muted them only", async () => {
    const word = `loaf${unique()}`;
    const [reader, otherReader, author] = await Promise.all([createUser(), createUser(), createUser()]);
    await createPost(author.id, { text: `Fresh out of the oven #${word}` });
    await createPost(author.id, { text: `Another #${word} today` });
    await createPost(author.id, { text: `Plain ${word}bread` });
    await Promise.all([muteWord(reader, `#${word}`), muteWord(otherReader, "unrelated")]);

    expect((await listTaggedPosts(word, reader.id)).items).toEqual([]);
    expect((await searchPosts(word, 1, reader.id)).items).toEqual([]);
    expect([await mutedWordsHideTag(word, reader.id), await mutedWordsHidePosts(word, reader.id), await mutedWordsHidePosts(`#${word}`, reader.id)]).toEqual([true, true, true]);
    // Nothing to blame them for: a search their words hide nothing of, no such posts, someone else's words, signed out.
    expect(await mutedWordsHidePosts(`${word}bread`, reader.id)).toBe(false);
    expect(await mutedWordsHideTag(`none${word}`, reader.id)).toBe(false);
    expect([await mutedWordsHideTag(word, otherReader.id), await mutedWordsHidePosts(word, otherReader.id)]).toEqual([false, false]);
    expect([await mutedWordsHideTag(word, null), await mutedWordsHidePosts(word, null)]).toEqual([false, false]);
  });

  it("are named on a home feed they empty", async () => {
    const word = `crumb${unique()}`;
    const [reader, otherReader, author] = await Promise.all([createUser(), createUser(), createUser()]);
    await Promise.all([createFollow(reader.id, author.id), createFollow(otherReader.id, author.id)]);
    await createPost(author.id, { text: `Baking ${word} again` });
    await muteWord(reader, word);

    expect((await listHomeFeed(reader.id)).items).toEqual([]);
    expect([await mutedWordsHideHome(reader.id), await mutedWordsHideHome(otherReader.id)]).toEqual([true, false]);
  });

  it("are named on a home feed they empty of reposts", async () => {
    const word = `crust${unique()}`;
    const [reader, reposter, stranger] = await Promise.all([createUser(), createUser(), createUser()]);
    await createFollow(reader.id, reposter.id);
    await repost(reposter, (await createPost(stranger.id, { text: `A ${word} to remember` })).id);
    await muteWord(reader, word);

    expect((await listHomeFeed(reader.id)).items).toEqual([]);
    expect(await mutedWordsHideHome(reader.id)).toBe(true);
    // The same repost, once the stranger is muted: hidden for that, not for the word.
    await mute(reader, stranger);
    expect(await mutedWordsHideHome(reader.id)).toBe(false);
  });
});

describe("notification counts", () => {
  it.each([3, 40])("leave blocked, muted and suspended likers out of \"and N others\" (%i shown likers)", async (shownLikers) => {
    const [reader, blocked, blocker, muted, suspended] = await Promise.all([
      createUser(), createUser(), createUser(), createUser(), createUser({ suspended: true }),
    ]);
    const post = await createPost(reader.id);
    const likers = await Promise.all(Array.from({ length: shownLikers }, () => createUser()));
    for (const liker of [...likers, blocked, blocker, muted, suspended]) await createLike(liker.id, post.id);
    await Promise.all([block(reader, blocked), block(blocker, reader), mute(reader, muted)]);

    const [line] = (await listNotifications(reader.id, "all", { readAt: null })).items;
    expect(line?.actorCount).toBe(shownLikers);
    // The blocks took their likes away (blocks_remove_ties); the stored group counts the muted and
    // suspended likers' still, and what is taken off is worked out for the reader as the page is read.
    expect(await db.notificationGroup.findFirst({ where: { recipientId: reader.id }, select: { actorCount: true } })).toEqual({ actorCount: shownLikers + 2 });
  });
});

describe("quotes", () => {
  it("leave an @name of someone who blocked the reader as plain text, since their profile does not exist for them", async () => {
    const [writer, named, bystander] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(writer.id, { text: `Lunch with @${named.username}` });
    await createComment(post.id, writer.id, { text: `Thanks @${named.username}` });
    await block(named, writer);
    const mentioned = async (viewer: User) => ({
      ownPage: (await getPost(post.id, viewer.id))?.mentioned,
      profile: (await listUserPosts(writer.id, viewer.id)).items.find((item) => item.id === post.id)?.mentioned,
      comments: (await listCommentTree(post.id, null, null, viewer.id)).nodes.map((node) => node.mentioned),
    });
    expect(await mentioned(writer)).toEqual({ ownPage: [], profile: [], comments: [[]] });
    expect(await mentioned(bystander)).toEqual({ ownPage: [named.username], profile: [named.username], comments: [[named.username]] });
  });

  it("show a quoted post of someone blocked either way as unavailable in the feeds", async () => {
    const [blocker, blocked, quoter] = await Promise.all([createUser(), createUser(), createUser()]);
    const quoted = await createPost(blocker.id, { text: "The original" });
    const quote = await createPost(quoter.id, { text: "Quoting it", quotedPostId: quoted.id });
    await block(blocker, blocked);
    const cardFor = async (viewer: User) => (await listUserPosts(quoter.id, viewer.id)).items.find((item) => item.id === quote.id);
    expect((await cardFor(blocked))?.quote).toEqual({ available: false });
    expect((await cardFor(quoter))?.quote).toMatchObject({ available: true });
  });

  it("show it as unavailable on the quote's own page, in the quotes list and in bookmarks, either way round", async () => {
    const [author, blocked, quoter, stranger] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const quoted = await createPost(author.id, { text: "The original" });
    const quote = await createPost(quoter.id, { text: "Quoting it", quotedPostId: quoted.id });
    const other = await createPost(blocked.id, { text: "Another post it quotes" });
    const secondQuote = await createPost(quoter.id, { text: "Quoting the other", quotedPostId: other.id });
    await block(author, blocked);
    await Promise.all([
      db.bookmark.create({ data: { userId: blocked.id, postId: quote.id } }),
      db.bookmark.create({ data: { userId: author.id, postId: secondQuote.id } }),
    ]);
    for (const [viewer, card] of [[blocked, quote], [author, secondQuote]] as const) {
      expect((await getPost(card.id, viewer.id))?.quote).toEqual({ available: false });
      expect((await listBookmarks(viewer.id)).items.find((item) => item.id === card.id)?.quote).toEqual({ available: false });
    }
    expect((await listQuotes(quoted.id, blocked.id)).items.map((item) => [item.id, item.quote])).toEqual([[quote.id, { available: false }]]);
    expect((await getPost(quote.id, stranger.id))?.quote).toMatchObject({ available: true, post: { id: quoted.id } });
    expect((await getPost(quote.id, null))?.quote).toMatchObject({ available: true });
  });
});
