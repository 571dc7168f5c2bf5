import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { storeImage } from "@/lib/uploads/storage";
import { GET } from "./route";

// /uploads/<key> serves what someone may see: the files of a suspended
// account's posts and avatar answer like files that do not exist.

type User = Awaited<ReturnType<typeof createUser>>;

let counter = 0;
let owner: User;

async function serve(key: string) {
  const response = await GET(new Request(`http://localhost/uploads/${key}`), { params: Promise.resolve({ key }) });
  return { status: response.status, body: await response.text() };
}

/** A stored file with bytes of its own, so each test has its own key. */
async function newFile(): Promise<string> {
  counter += 1;
  return storeImage(Buffer.from(`RIFF....WEBPVP8 stand-in ${counter} ${randomUUID()}`));
}

async function attachToPost(authorId: string, fileKey: string) {
  const post = await createPost(authorId);
  await db.postImage.create({ data: { postId: post.id, position: 0, fileKey, width: 1, height: 1 } });
}

async function setSuspended(user: User, suspendedAt: Date | null) {
  await db.user.update({ where: { id: user.id }, data: { suspendedAt } });
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-serve-visibility-"));
});

beforeEach(async () => {
  owner = await createUser();
});

describe("GET /uploads/[key]", () => {
  const places = {
    "a post image": (fileKey: string) => attachToPost(owner.id, fileKey),
    "an avatar": (fileKey: string) => db.user.update({ where: { id: owner.id }, data: { avatarKey: fileKey } }).then(() => undefined),
  };

  it.each(Object.entries(places))("hides %s of a suspended account like a missing file, and serves it again once lifted", async (_place, use) => {
    const key = await newFile();
    await use(key);
    const missing = await serve(`${"0".repeat(64)}.webp`);
    expect((await serve(key)).status).toBe(200);

    await setSuspended(owner, new Date());
    expect(await serve(key)).toEqual(missing);
    expect(missing.status).toBe(404);

    await setSuspended(owner, null);
    expect((await serve(key)).status).toBe(200);
  });

  it("keeps serving a file that a visible post also uses (names are content hashes)", async () => {
    const key = await newFile();
    const other = await createUser();
    await attachToPost(owner.id, key);
    await db.user.update({ where: { id: owner.id }, data: { avatarKey: key } });
    await setSuspended(owner, new Date());
    expect((await serve(key)).status).toBe(404);

    await attachToPost(other.id, key);
    expect((await serve(key)).status).toBe(200);
  });

  it("does not serve a stored file that nothing uses", async () => {
    expect((await serve(await newFile())).status).toBe(404);
  });
});
