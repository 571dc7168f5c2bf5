import { randomUUID } from "node:crypto";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { uploadBackends, setUpUploadBackend } from "@/test/upload-storage";
import { claimFile, lockFileName, releaseClaims } from "./claims";
import { deleteUnreferencedFiles } from "./cleanup";
import { storeImage } from "./storage";

/** Advisory locks held (`granted`) or waited for in the test database. */
async function advisoryLocks(granted: boolean): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND granted = ${granted}`;
  return row?.count ?? 0;
}

// The cleanup decides by key and never looks inside a file, so any unique bytes will do as "an image".
function storeSomeFile(): Promise<string> {
  return storeImage(Buffer.from(randomUUID()));
}

describe.each(uploadBackends)("deleteUnreferencedFiles in the %s", (backend) => {
  const files = setUpUploadBackend(backend);
  const exists = async (key: string) => (await files.read(key)) !== null;

  it("keeps an avatar another user still has and deletes one nobody has", async () => {
    const shared = await storeSomeFile();
    const abandoned = await storeSomeFile();
    const leaving = await createUser();
    const staying = await createUser();
    await db.user.update({ where: { id: leaving.id }, data: { avatarKey: shared } });
    await db.user.update({ where: { id: staying.id }, data: { avatarKey: shared } });

    // The leaving user changes avatar, dropping their reference to the shared file.
    await db.user.update({ where: { id: leaving.id }, data: { avatarKey: null } });
    await deleteUnreferencedFiles([shared, abandoned]);

    expect(await exists(shared)).toBe(true);
    expect(await exists(abandoned)).toBe(false);
  });

  it("keeps a file a post image still references", async () => {
    const key = await storeSomeFile();
    const author = await createUser();
    const post = await createPost(author.id);
    await db.postImage.create({ data: { postId: post.id, position: 0, fileKey: key, width: 10, height: 10 } });

    await deleteUnreferencedFiles([key]);

    expect(await exists(key)).toBe(true);
  });

  it("deletes a file once its last reference is gone", async () => {
    const key = await storeSomeFile();
    const author = await createUser();
    const post = await createPost(author.id);
    await db.postImage.create({ data: { postId: post.id, position: 0, fileKey: key, width: 10, height: 10 } });

    await db.post.delete({ where: { id: post.id } });
    await deleteUnreferencedFiles([key]);

    expect(await exists(key)).toBe(false);
  });

  it("removes exactly the unreferenced files among those named, and nothing else in the store", async () => {
    const avatar = await storeSomeFile();
    const image = await storeSomeFile();
    const orphan = await storeSomeFile();
    const bystander = await storeSomeFile();
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { avatarKey: avatar } });
    const post = await createPost(user.id);
    await db.postImage.create({ data: { postId: post.id, position: 0, fileKey: image, width: 10, height: 10 } });
    const before = await files.names();
    expect(before).toEqual(expect.arrayContaining([avatar, image, orphan, bystander]));

    await deleteUnreferencedFiles([avatar, image, orphan]);

    expect(await files.names()).toEqual(before.filter((name) => name !== orphan));
  });

  it("keeps a file an upload claimed for a row not written yet, until the claim ends or is an hour old", async () => {
    const key = await storeSomeFile();
    const author = await createUser();
    const post = await createPost(author.id);
    await db.postImage.create({ data: { postId: post.id, position: 0, fileKey: key, width: 10, height: 10 } });
    // Another post with the same picture is on its way: its image is stored and claimed, its row not written.
    const claim = await claimFile(key);
    await db.post.delete({ where: { id: post.id } });

    await deleteUnreferencedFiles([key]);
    expect(await exists(key)).toBe(true);

    await db.uploadClaim.update({ where: { id: claim }, data: { createdAt: new Date(Date.now() - 61 * 60_000) } });
    await deleteUnreferencedFiles([key]);
    expect(await exists(key)).toBe(false);

    const next = await storeSomeFile();
    await releaseClaims([await claimFile(next)]);
    await deleteUnreferencedFiles([next]);
    expect(await exists(next)).toBe(false);
  });

  it("lets a claim wait while a cleanup of the same file checks and deletes, so a file stored after it stays", async () => {
    const key = await storeSomeFile();
    let endCleanup!: () => void;
    const cleanupHeld = new Promise<void>((resolve) => (endCleanup = resolve));
    const cleanup = db.$transaction(async (tx) => {
      await lockFileName(tx, key);
      await cleanupHeld;
    });
    await expect.poll(() => advisoryLocks(true), { timeout: 10_000 }).toBe(1);

    let claimed = false;
    const claim = claimFile(key).then((id) => ((claimed = true), id));
    await expect.poll(() => advisoryLocks(false), { timeout: 10_000 }).toBe(1);
    expect(claimed).toBe(false);

    endCleanup();
    await cleanup;
    await releaseClaims([await claim]);
    expect(claimed).toBe(true);
  });

  it("treats a missing file, a repeated key and an empty list as nothing to do", async () => {
    const key = await storeSomeFile();

    await deleteUnreferencedFiles([key, key]);
    await expect(deleteUnreferencedFiles([key])).resolves.toBeUndefined();
    await expect(deleteUnreferencedFiles([])).resolves.toBeUndefined();
    expect(await exists(key)).toBe(false);
  });
});

// The upload folder sits inside a folder of this test's own, so the test can
// put a file next to it and check that the cleanup never reaches outside.
describe("deleteUnreferencedFiles with an upload folder", () => {
  const sharedUploadDir = process.env.UPLOAD_DIR;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "commons-cleanup-tests-"));
    process.env.UPLOAD_DIR = path.join(root, "uploads");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    process.env.UPLOAD_DIR = sharedUploadDir;
  });

  it("never touches a path outside the upload folder", async () => {
    const outsideName = `${"a".repeat(64)}.webp`;
    await writeFile(path.join(root, outsideName), "not an upload");

    await deleteUnreferencedFiles([`../${outsideName}`]);

    await expect(access(path.join(root, outsideName))).resolves.toBeUndefined();
  });
});
