import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost as createPostAction } from "@/lib/posts/actions";
import { updateAvatar } from "@/lib/profiles/actions";
import { noisyJpeg, pngClaiming, SCRIPT_PAYLOAD, solidPng, upload } from "@/test/hostile/uploads";
import { manyFrameGif, manyFrameWebp, manyScanJpeg } from "@/test/hostile/images";
import { createUser } from "@/test/factories";
import { snapshot, userRow } from "@/test/invariants";
import { form, signInAs } from "@/test/next/session";
import { uploadDir } from "./storage";
import { uploadMessages } from "./validate";

// Hostile files sent through the real actions, as a browser would post them:
// each is refused with a message that says why, and leaves no row and no file.

let userId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-upload-attacks-"));
  userId = (await createUser()).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

const attacks: { what: string; make: () => Promise<File>; message: string }[] = [
  {
    what: "a file over the size limit",
    make: async () => upload(Buffer.concat([await solidPng(4, 4), Buffer.alloc(6 * 1024 * 1024)]), "big.png", "image/png"),
    message: uploadMessages.tooLarge,
  },
  { what: "text behind a .jpg name", make: async () => upload("just some notes", "photo.jpg", "image/jpeg"), message: uploadMessages.unsupported },
  {
    what: "an SVG with a script",
    make: async () => upload('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>', "logo.jpg", "image/svg+xml"),
    message: uploadMessages.unsupported,
  },
  {
    what: "an HTML page starting with PNG magic bytes",
    make: async () => upload(Buffer.concat([(await solidPng(1, 1)).subarray(0, 8), Buffer.from(SCRIPT_PAYLOAD)]), "page.png", "image/png"),
    message: uploadMessages.unreadable,
  },
  {
    what: "a decompression bomb (a PNG declaring 100000×100000 px)",
    make: async () => upload(await pngClaiming(100_000, 100_000), "bomb.png", "image/png"),
    message: uploadMessages.tooManyPixels,
  },
  {
    what: "a truncated JPEG",
    make: async () => {
      const jpeg = await noisyJpeg(600, 400);
      return upload(jpeg.subarray(0, jpeg.length / 2), "cut.jpg", "image/jpeg");
    },
    message: uploadMessages.unreadable,
  },
  {
    // 440 KB that took 196 s (53 s of CPU) to become an avatar before scans were counted.
    what: "a 6320×6320 progressive JPEG split into 2,647 tiny scans",
    make: async () => upload(manyScanJpeg(6320, 6320), "scans.jpg", "image/jpeg"),
    message: uploadMessages.tooManyScans,
  },
  {
    what: "an animated GIF of 50 frames, each painted on a 6320×6320 canvas",
    make: async () => upload(await manyFrameGif(6320, 6320, 50), "frames.gif", "image/gif"),
    message: uploadMessages.tooManyFrames,
  },
  {
    what: "an animated WebP of 50 frames, each painted on a 6320×6320 canvas",
    make: async () => upload(await manyFrameWebp(6320, 6320, 50), "frames.webp", "image/webp"),
    message: uploadMessages.tooManyFrames,
  },
  {
    // Reading the header alone grows with the square of the frame count: 28 s for 50,000 frames.
    what: "an animated WebP of 2,000 small frames",
    make: async () => upload(await manyFrameWebp(16, 16, 2_000), "frames.webp", "image/webp"),
    message: uploadMessages.tooManyFrames,
  },
];

describe.each(attacks)("uploading $what", ({ make, message }) => {
  it("is refused by createPost, leaving no post and no file", async () => {
    const data = form({ text: "Look at this" });
    data.append("images", await make());
    const before = await snapshot();

    const result = await createPostAction(null, data);

    expect(result).toMatchObject({ ok: false, fieldErrors: { images: [expect.stringContaining(message)] } });
    expect(await snapshot()).toEqual(before);
  });

  it("is refused as an avatar, keeping the account as it was", async () => {
    const before = { row: await userRow(userId), ...(await snapshot()) };

    const result = await updateAvatar(null, form({ avatar: await make() }));

    expect(result).toEqual({ ok: false, fieldErrors: { avatar: [message] } });
    expect({ row: await userRow(userId), ...(await snapshot()) }).toEqual(before);
  });
});

describe("attaching 5 images where 4 are allowed", () => {
  it("is refused before any image is processed", async () => {
    const data = form({ text: "Five" });
    for (const colour of ["#100", "#200", "#300", "#400", "#500"]) data.append("images", upload(await solidPng(8, 8, colour), "a.png", "image/png"));
    const before = await snapshot();

    expect(await createPostAction(null, data)).toMatchObject({ ok: false, fieldErrors: { images: ["Attach at most 4 images."] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a real image with HTML and script appended (a polyglot)", () => {
  async function polyglot(): Promise<File> {
    return upload(Buffer.concat([await noisyJpeg(64, 48), Buffer.from(SCRIPT_PAYLOAD)]), "cat.jpg", "image/jpeg");
  }

  async function expectReencoded(key: string) {
    const stored = await readFile(path.join(uploadDir(), key));
    expect(await sharp(stored).metadata()).toMatchObject({ format: "webp" });
    expect(stored.includes("<script")).toBe(false);
    expect(stored.includes("<html")).toBe(false);
  }

  it("is accepted by createPost only as a re-encoded WebP without the payload", async () => {
    const data = form({ text: "Polyglot" });
    data.append("images", await polyglot());

    expect(await createPostAction(null, data)).toEqual({ ok: true, message: "Posted." });
    const post = await db.post.findFirstOrThrow({ where: { authorId: userId, text: "Polyglot" }, include: { images: true } });
    await expectReencoded(post.images[0]!.fileKey);
  });

  it("is accepted as an avatar only as a re-encoded WebP without the payload", async () => {
    expect(await updateAvatar(null, form({ avatar: await polyglot() }))).toEqual({ ok: true, message: "Picture updated." });
    await expectReencoded((await userRow(userId)).avatarKey!);
  });
});
