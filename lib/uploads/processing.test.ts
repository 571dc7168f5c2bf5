import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPost } from "@/lib/posts/actions";
import { updateAvatar } from "@/lib/profiles/actions";
import { noisyJpeg, solidPng, upload } from "@/test/hostile/uploads";
import { createUser } from "@/test/factories";
import { snapshot, userRow } from "@/test/invariants";
import { form, signInAs } from "@/test/next/session";
import { IMAGE_OWNER_SHARE, IMAGE_QUEUE_LIMIT, IMAGE_SLOTS, imagePool } from "./pool";
import { processWithinBudget } from "./processing";
import { saveUploadedImage } from "./save";
import { uploadMessages } from "./validate";

let userId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-upload-processing-"));
  userId = (await createUser()).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("an image that takes longer than its time budget", () => {
  it("is refused as too slow, while its decode keeps a pool slot until it stops", async () => {
    const png = await solidPng(1500, 1000);

    // A budget of 1 ms: any real decode outlives it.
    expect(await processWithinBudget(png, "png", "post", { budgetMs: 1 })).toEqual({ ok: false, message: uploadMessages.tooSlow });

    expect(imagePool.running).toBe(1);
    await vi.waitFor(() => expect(imagePool.running).toBe(0), { timeout: 20_000, interval: 20 });
  });
});

describe("an image that waits for a slot longer than its time budget", () => {
  it("is turned away with \"try again\" and never decoded", async () => {
    const png = await solidPng(64, 48);
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const held = Array.from({ length: IMAGE_SLOTS }, () => imagePool.run(() => gate));
    const counted = vi.fn();
    sharp.queue.on("change", counted);
    try {
      expect(await processWithinBudget(png, "png", "post", { budgetMs: 50 })).toEqual({ ok: false, message: uploadMessages.busy });
      expect(imagePool.waiting).toBe(0);
    } finally {
      letGo();
      await Promise.all(held);
      sharp.queue.off("change", counted);
    }
    expect(counted).not.toHaveBeenCalled();
  });
});

describe("when every slot of the image pool and its queue are taken", () => {
  let letGo: () => void = () => undefined;
  let held: Promise<unknown>[] = [];

  beforeEach(() => {
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    held = Array.from({ length: IMAGE_SLOTS + IMAGE_QUEUE_LIMIT }, () => imagePool.run(() => gate));
  });

  afterEach(async () => {
    letGo();
    await Promise.all(held);
  });

  it("createPost asks to try again in a moment, keeps the text, and stores nothing", async () => {
    const data = form({ text: "Sunset" });
    data.append("images", upload(await noisyJpeg(64, 48), "sunset.jpg", "image/jpeg"));
    const before = await snapshot();

    expect(await createPost(null, data)).toEqual({
      ok: false,
      fieldErrors: { images: [`sunset.jpg: ${uploadMessages.busy}`] },
      values: { text: "Sunset", images: "1" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("the avatar form asks to try again in a moment and keeps the account as it was", async () => {
    const before = { row: await userRow(userId), ...(await snapshot()) };

    const result = await updateAvatar(null, form({ avatar: upload(await noisyJpeg(64, 48), "me.jpg", "image/jpeg") }));

    expect(result).toEqual({ ok: false, fieldErrors: { avatar: [uploadMessages.busy] } });
    expect({ row: await userRow(userId), ...(await snapshot()) }).toEqual(before);
  });
});

describe("one account sending many images at once", () => {
  it("is told to wait for its own beyond its share, while another account's post waits its turn and is stored", async () => {
    const other = await createUser();
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const held = Array.from({ length: IMAGE_OWNER_SHARE }, () => imagePool.run(() => gate, undefined, userId));
    try {
      const mine = form({ text: "Sunset" });
      mine.append("images", upload(await noisyJpeg(64, 48), "sunset.jpg", "image/jpeg"));
      expect(await createPost(null, mine)).toEqual({
        ok: false,
        fieldErrors: { images: [`sunset.jpg: ${uploadMessages.yoursBusy}`] },
        values: { text: "Sunset", images: "1" },
      });

      await signInAs(other.id);
      const theirs = form({ text: "Harbour" });
      theirs.append("images", upload(await noisyJpeg(64, 48), "harbour.jpg", "image/jpeg"));
      const posting = createPost(null, theirs);
      letGo();
      expect(await posting).toMatchObject({ ok: true });
    } finally {
      letGo();
      await Promise.all(held);
    }
  });
});

describe("uploads arriving at the same moment", () => {
  it("never have more decodes on libuv's threads than the pool has slots, and all get stored", async () => {
    const files = await Promise.all(
      Array.from({ length: IMAGE_SLOTS + 4 }, async (_, index) => upload(await noisyJpeg(600 + index, 400), "a.jpg", "image/jpeg")),
    );
    let mostAtOnce = 0;
    // sharp's "process" counter holds the decodes on libuv's threads. Its queue
    // reports a change only as a task is queued or finished, when one slot's
    // decode may already be done (a fresh CI run once saw 0 every time), so the
    // counter is also sampled while the uploads run.
    const count = () => {
      mostAtOnce = Math.max(mostAtOnce, sharp.counters().process);
    };
    sharp.queue.on("change", count);
    const sampler = setInterval(count, 1);
    try {
      const results = await Promise.all(files.map((file) => saveUploadedImage(file, "post")));
      expect(results.map((result) => result.ok)).toEqual(files.map(() => true));
    } finally {
      clearInterval(sampler);
      sharp.queue.off("change", count);
    }
    expect(mostAtOnce).toBeGreaterThan(0);
    expect(mostAtOnce).toBeLessThanOrEqual(IMAGE_SLOTS);
  });
});
