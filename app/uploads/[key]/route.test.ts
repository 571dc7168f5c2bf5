import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { uploadBackends, setUpUploadBackend } from "@/test/upload-storage";
import { storeImage } from "@/lib/uploads/storage";
import { hueOf } from "@/lib/profiles/initials";
import { INITIALS_HUES } from "@/lib/uploads/avatar-stand-in";
import { fileKeyOf } from "@/lib/uploads/file-key";
import { GET } from "./route";

// /uploads/<key> serves what someone may see: the files of a suspended
// account's posts and avatar answer like files that do not exist.

type User = Awaited<ReturnType<typeof createUser>>;

let counter = 0;
let owner: User;

function get(key: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/uploads/${key}`, { headers }), { params: Promise.resolve({ key }) });
}

async function serve(key: string, headers: Record<string, string> = {}) {
  const response = await get(key, headers);
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

beforeEach(async () => {
  owner = await createUser();
});

describe.each(uploadBackends)("GET /uploads/[key] from the %s", (backend) => {
  const files = setUpUploadBackend(backend);

  it("serves the stored bytes as WebP with nosniff, cached for an hour under the key's tag", async () => {
    const key = await newFile();
    await attachToPost(owner.id, key);

    const response = await get(key);

    const stored = await files.read(key);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/webp",
      "content-length": String(stored?.length),
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=3600",
      etag: `"${key}"`,
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(stored);
  });

  it("answers a cache that asks again with 304 while the file may be seen, and with 404 once it may not", async () => {
    const key = await newFile();
    await attachToPost(owner.id, key);

    const unchanged = await get(key, { "if-none-match": `"${key}"` });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(`"${key}"`);
    expect(await unchanged.text()).toBe("");
    expect((await get(key, { "if-none-match": '"another"' })).status).toBe(200);

    await setSuspended(owner, new Date());
    expect(await serve(key, { "if-none-match": `"${key}"` })).toEqual({ status: 404, body: "Not found" });
  });

  it("answers a well-formed key that was never stored with 404, even when a post names it", async () => {
    const key = `${"e".repeat(64)}.webp`;
    await attachToPost(owner.id, key);

    expect(await serve(key)).toEqual({ status: 404, body: "Not found" });
  });

  it("answers an avatar whose file is lost with its owner's initials on their colour, as the page draws an account without one", async () => {
    // A key that was never stored, as a lost file's.
    const key = fileKeyOf(Buffer.from(randomUUID()));
    await db.user.update({ where: { id: owner.id }, data: { avatarKey: key, displayName: "Ada <Lovelace>" } });

    const response = await get(key);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    const drawing = await response.text();
    expect(drawing).toContain(`fill="${INITIALS_HUES[hueOf(owner.username)]}"`);
    expect(drawing).toMatch(/>AL<\/text><\/svg>$/);

    // A name with no letter is drawn by its first character, which stays text.
    await db.user.update({ where: { id: owner.id }, data: { displayName: "<>" } });
    expect(await (await get(key)).text()).toMatch(/>&#60;<\/text><\/svg>$/);

    // Shared by two accounts (names are content hashes), it is neither one's initials.
    await db.user.update({ where: { id: (await createUser()).id }, data: { avatarKey: key } });
    expect(await (await get(key)).text()).toMatch(/><\/text><\/svg>$/);
  });

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

describe("GET /uploads/[key] while the bucket does not answer", () => {
  setUpUploadBackend("S3 bucket");

  it("answers 503 with Retry-After rather than a 500, and serves the file again once it answers", async () => {
    const key = await newFile();
    await attachToPost(owner.id, key);
    const endpoint = process.env.S3_ENDPOINT;
    // Nothing listens on the loopback discard port: connections are refused at once.
    process.env.S3_ENDPOINT = "http://127.0.0.1:9";
    try {
      const response = await get(key);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("10");
    } finally {
      process.env.S3_ENDPOINT = endpoint;
    }
    expect((await get(key)).status).toBe(200);
  });
});
