import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/pagination/cursor";
import { createComment, createPost, createUser } from "@/test/factories";
import { hostileString, hostileText, runs } from "@/test/hostile/input";
import { countUnreadNotifications, listNotifications } from "./queries";
import { filterParam } from "./schema";

// The page's inputs are its address (?filter=, ?cursor=) and what others wrote (comment texts):
// none of them can fail the page, reach someone else's notifications, or change what is stored.

type User = Awaited<ReturnType<typeof createUser>>;
let reader: User;
let stranger: User;
let readersIds: Set<string>;

beforeAll(async () => {
  [reader, stranger] = await Promise.all([createUser(), createUser()]);
  const [post, strangersPost] = await Promise.all([createPost(reader.id), createPost(stranger.id)]);
  await db.like.create({ data: { userId: stranger.id, postId: post.id } });
  await db.like.create({ data: { userId: reader.id, postId: strangersPost.id } });
  await createComment(strangersPost.id, reader.id);
  readersIds = new Set((await db.notificationGroup.findMany({ where: { recipientId: reader.id }, select: { id: true } })).map((row) => row.id));
});

const forgedCursor = fc.oneof(
  hostileString,
  fc.tuple(fc.date({ noInvalidDate: true }), hostileString).map(([createdAt, id]) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url")),
  fc.tuple(fc.date({ noInvalidDate: true }), fc.stringMatching(/^[a-z0-9]{1,64}$/)).map(([createdAt, id]) => encodeCursor({ createdAt, id })),
);

/** Text the database takes as a comment's or a post's: something, no NUL, and line breaks as "\n" alone (stored so by the app). */
const storable = (text: string) => text.trim().length > 0 && !/[\u0000\r]/.test(text);

describe("notifications with hostile input", () => {
  it("any ?filter= is one of the tabs", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.array(hostileString)), (value) => {
        expect(["all", "mentions"]).toContain(filterParam({ filter: value }));
      }),
      { numRuns: runs.many },
    );
  });

  it("any ?cursor= answers a page of the reader's own notifications and writes nothing", async () => {
    const before = await db.notificationGroup.findMany({ orderBy: { id: "asc" } });
    await fc.assert(
      fc.asyncProperty(forgedCursor, async (cursorToken) => {
        const page = await listNotifications(reader.id, "all", { cursorToken, readAt: null });
        for (const line of page.items) expect(readersIds.has(line.id)).toBe(true);
      }),
      { numRuns: runs.some },
    );
    expect(await db.notificationGroup.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await countUnreadNotifications(reader.id)).toBe(1);
  });

  it("a reply's, a mention's and a quote's text reach their reader exactly as stored, and only them", async () => {
    const readersPost = await createPost(reader.id);
    const readersComment = await createComment(readersPost.id, reader.id);
    const strangersLines = await db.notificationGroup.count({ where: { recipientId: stranger.id } });
    await fc.assert(
      fc.asyncProperty(hostileText.filter(storable), async (hostile) => {
        const text = `@${reader.username} ${hostile}`;
        const reply = await db.comment.create({ data: { postId: readersPost.id, parentId: readersComment.id, authorId: stranger.id, text } });
        const quote = await createPost(stranger.id, { text, quotedPostId: readersPost.id });
        const mention = await createPost(stranger.id, { text });
        const page = await listNotifications(reader.id, "all", { readAt: null });
        const line = (kind: string, id: string) => page.items.find((item) => item.kind === kind && (item.commentId ?? item.postId) === id);
        expect(line("reply", reply.id)?.commentText).toBe(reply.text);
        // The line shows a post's first 280 characters (code points, as PostgreSQL's left() counts).
        expect(line("quote", quote.id)?.postText).toBe(Array.from(quote.text).slice(0, 280).join(""));
        expect(line("mention", mention.id)?.postText).toBe(Array.from(mention.text).slice(0, 280).join(""));
        expect(await db.notificationGroup.count({ where: { postId: { in: [quote.id, mention.id] } } })).toBe(2);
        expect(await db.notificationGroup.count({ where: { recipientId: stranger.id } })).toBe(strangersLines);
      }),
      { numRuns: runs.some },
    );
  });

  it("a comment's text reaches the post's author exactly as stored", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText.filter(storable), async (text) => {
        const post = await createPost(reader.id);
        const comment = await createComment(post.id, stranger.id, { text });
        const page = await listNotifications(reader.id, "all", { readAt: null });
        expect(page.items.find((line) => line.commentId === comment.id)?.commentText).toBe(comment.text);
      }),
      { numRuns: runs.some },
    );
  });
});
