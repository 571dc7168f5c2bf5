import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createPost as createPostAction } from "@/lib/posts/actions";
import { updateAvatar } from "@/lib/profiles/actions";
import { createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { uploadMessages } from "./validate";

// A full disk, simulated below the storage code: the Nth write of a file puts
// half its bytes on disk and then fails with ENOSPC, as a real full disk does.
const disk = vi.hoisted(() => ({ writesBeforeFull: Infinity }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const writeFileOrFail: typeof actual.writeFile = async (file, data, options) => {
    if (disk.writesBeforeFull-- > 0) return actual.writeFile(file, data, options);
    await actual.writeFile(file, (data as Buffer).subarray(0, (data as Buffer).length >> 1), options);
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: "ENOSPC", errno: -28, syscall: "write" });
  };
  return { ...actual, default: { ...actual, writeFile: writeFileOrFail }, writeFile: writeFileOrFail };
});

let uploads: string;
beforeEach(async () => {
  uploads = await mkdtemp(path.join(tmpdir(), "commons-fault-uploads-"));
  process.env.UPLOAD_DIR = uploads;
  disk.writesBeforeFull = Infinity;
});
afterEach(() => vi.restoreAllMocks());

async function png(colour: string): Promise<File> {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], `${colour.slice(1)}.png`, { type: "image/png" });
}

async function postWithImages(text: string, colours: string[]) {
  const data = form({ text });
  for (const colour of colours) data.append("images", await png(colour));
  return createPostAction(null, data);
}

async function signedInUser() {
  const user = await createUser();
  await signInAs(user.id);
  return user;
}

type Fault = (successfulWrites: number) => Promise<void>;

/** UPLOAD_DIR names a folder inside a regular file: every mkdir or write fails with ENOTDIR. */
const misconfigureUploadDir: Fault = async () => {
  const file = path.join(uploads, "not-a-folder");
  await writeFile(file, "");
  process.env.UPLOAD_DIR = path.join(file, "uploads");
};

const fillDisk: Fault = async (successfulWrites) => {
  disk.writesBeforeFull = successfulWrites;
};

describe.each([
  ["the upload folder is not a folder (ENOTDIR)", misconfigureUploadDir],
  ["the disk is full (ENOSPC)", fillDisk],
])("when %s", (_fault, injectFault) => {
  it("refuses a post with images with a clear message, stores no post and leaves no file", async () => {
    const user = await signedInUser();
    // The first image is stored, the second fails: the first must go again.
    await injectFault(1);
    expect(await postWithImages("With pictures", ["#123456", "#654321"])).toEqual({
      ok: false,
      fieldErrors: { images: [expect.stringContaining(uploadMessages.storageUnavailable)] },
      // Files cannot be sent back: the form learns how many to ask for again.
      values: { text: "With pictures", images: "2" },
    });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    expect(await readdir(uploads)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.webp|\.tmp$/)]));
    // Text-only posts need no folder and still work.
    expect(await postWithImages("Just words", [])).toEqual({ ok: true, message: "Posted." });
  });

  it("refuses a new avatar with a clear message and keeps the old one", async () => {
    const user = await signedInUser();
    await injectFault(0);
    expect(await updateAvatar(null, form({ avatar: await png("#abcdef") }))).toEqual({
      ok: false,
      fieldErrors: { avatar: [uploadMessages.storageUnavailable] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey).toBeNull();
    expect((await readdir(uploads)).filter((name) => name !== "not-a-folder")).toEqual([]);
  });
});
