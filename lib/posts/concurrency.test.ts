import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { type Browser, browserSignedInAs, form } from "@/test/next/session";
import { uploadDir } from "@/lib/uploads/storage";
import { createPost as createPostAction, setLike } from "./actions";

// Many people, one post: every call runs through the real action, each in its
// own browser (cookie jar), all at the same time.

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-concurrent-uploads-"));
});

const PEOPLE = 50;

async function signedInPeople(count: number): Promise<{ id: string; browser: Browser }[]> {
  const users = await Promise.all(Array.from({ length: count }, () => createUser()));
  return Promise.all(users.map(async (user) => ({ id: user.id, browser: await browserSignedInAs(user.id) })));
}

/** Person i's clicks, in order: a different length and final state per person. */
function wantedStates(i: number): boolean[] {
  return Array.from({ length: 2 + (i % 4) }, (_, click) => (click + i) % 3 !== 0);
}

describe("setLike under concurrency", () => {
  it("leaves one row per person who last wanted to like, whatever the interleaving, with double clicks", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const people = await signedInPeople(PEOPLE);
    const like = (browser: Browser, wanted: boolean) =>
      browser(() => setLike(null, form({ postId: post.id, like: String(wanted) })));

    const answers = await Promise.all(
      people.map(async ({ browser }, i) => {
        const results = [];
        for (const wanted of wantedStates(i)) results.push(await like(browser, wanted));
        // A double click on the last state: two identical requests at once.
        const last = wantedStates(i).at(-1)!;
        results.push(...(await Promise.all([like(browser, last), like(browser, last)])));
        return results;
      }),
    );

    expect(answers.flat().every((answer) => answer.ok)).toBe(true);
    const likers = await db.like.findMany({ where: { postId: post.id }, select: { userId: true } });
    const expected = people.filter((_, i) => wantedStates(i).at(-1)).map((person) => person.id);
    expect(likers.map((row) => row.userId).sort()).toEqual(expected.sort());
    expect(await db.like.count({ where: { postId: post.id } })).toBe(expected.length);
  });
});

async function png(colour: string): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], `${colour}.png`, { type: "image/png" });
}

describe("createPost under concurrency", () => {
  it("stores every acknowledged post with all its images, whose files are on disk, even when people share a picture", async () => {
    const people = await signedInPeople(20);
    // Every third person uploads the same picture as someone else: one file, many rows.
    const pictures = await Promise.all(["#d00", "#0d0", "#00d", "#dd0", "#0dd", "#d0d", "#888"].map(png));
    const answers = await Promise.all(
      people.map(({ browser }, i) => {
        const data = form({ text: `Concurrent post ${i}` });
        for (const picture of [pictures[i % pictures.length]!, pictures[(i * 3 + 1) % pictures.length]!]) {
          data.append("images", picture);
          data.append("alt", `Picture ${i}`);
        }
        return browser(() => createPostAction(null, data));
      }),
    );

    expect(answers).toEqual(people.map(() => ({ ok: true, message: "Posted." })));
    const posts = await db.post.findMany({
      where: { authorId: { in: people.map((person) => person.id) } },
      include: { images: true },
    });
    expect(posts.map((post) => post.text).sort()).toEqual(people.map((_, i) => `Concurrent post ${i}`).sort());
    expect(posts.every((post) => post.images.length === 2)).toBe(true);
    const files = new Set(await readdir(uploadDir()));
    const keys = new Set(posts.flatMap((post) => post.images.map((image) => image.fileKey)));
    expect([...keys].filter((key) => !files.has(key))).toEqual([]);
    // No temporary file is left behind, and no file that no post uses.
    expect([...files].sort()).toEqual([...keys].sort());
  });
});
