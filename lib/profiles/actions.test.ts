import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BIO_LENGTH } from "@/lib/validation/limits";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { uploadDir } from "@/lib/uploads/storage";
import { removeAvatar, updateAvatar, updateProfile } from "./actions";
import { fileKeyOf } from "@/lib/uploads/file-key";
import { processImage } from "@/lib/uploads/images";

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-avatar-uploads-"));
});

async function jpeg(color: string): Promise<File> {
  const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).jpeg().toBuffer();
  return new File([new Uint8Array(bytes)], "me.jpg", { type: "image/jpeg" });
}

describe("updateProfile", () => {
  it("saves a trimmed display name and bio", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await updateProfile(null, form({ displayName: "  Sam Q  ", bio: " Hello 👋 " }))).toEqual({
      ok: true,
      message: "Profile saved.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "Sam Q", bio: "Hello 👋" });
  });

  it("refuses bad values, giving back what was typed and changing nothing", async () => {
    const user = await createUser();
    await signInAs(user.id);
    // 32 characters, within the limit of 50, but 63 code units: an echo cut at 50 units would lose half the waves.
    const typed = { displayName: `${"🌊".repeat(30)} ✅`, bio: "b".repeat(MAX_BIO_LENGTH + 1) };
    const result = await updateProfile(null, form(typed));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { displayName: ["A display name cannot contain check marks or staff titles."], bio: ["Bio must be at most 160 characters."] },
      values: typed,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: user.displayName, bio: user.bio });
  });

  it("refuses anonymous visitors", async () => {
    expect(await updateProfile(null, form({ displayName: "X", bio: "" }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});

describe("avatars", () => {
  it("stores an uploaded picture as a 400×400 WebP and replaces the old file", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await updateAvatar(null, form({ avatar: await jpeg("#ff8800") }))).toEqual({ ok: true, message: "Picture updated." });
    const first = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey!;
    expect(await sharp(path.join(uploadDir(), first)).metadata()).toMatchObject({ format: "webp", width: 400, height: 400 });

    await updateAvatar(null, form({ avatar: await jpeg("#0088ff") }));
    const second = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey!;
    expect(second).not.toBe(first);
    expect(await readdir(uploadDir())).not.toContain(first);
    expect(await db.uploadClaim.count({ where: { fileKey: second } })).toBe(0);

    expect(await removeAvatar(null, form({}))).toEqual({ ok: true, message: "Picture removed." });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey).toBeNull();
    expect(await readdir(uploadDir())).not.toContain(second);
  });

  it("keeps only the picture that won when two are sent at once, with the old one gone", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await updateAvatar(null, form({ avatar: await jpeg("#112233") }));
    const old = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey!;
    const pictures = await Promise.all(["#445566", "#778899"].map(jpeg));
    const keys = await Promise.all(pictures.map(async (picture) => fileKeyOf((await processImage(Buffer.from(await picture.arrayBuffer()), "avatar")).bytes)));

    // Both requests start from the session's copy of the account, which names the old picture.
    const answers = await Promise.all(pictures.map((avatar) => updateAvatar(null, form({ avatar }))));
    expect(answers).toEqual([{ ok: true, message: "Picture updated." }, { ok: true, message: "Picture updated." }]);
    const kept = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey!;
    expect(keys).toContain(kept);
    const stored = await readdir(uploadDir());
    expect(keys.filter((key) => stored.includes(key))).toEqual([kept]);
    expect(stored).not.toContain(old);
  });

  it("refuses a missing file or one that is not an image, keeping the current picture", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await updateAvatar(null, form({}))).toMatchObject({ fieldErrors: { avatar: ["Choose a picture to upload."] } });
    const svg = new File(["<svg xmlns='http://www.w3.org/2000/svg'/>"], "me.jpg", { type: "image/jpeg" });
    const result = await updateAvatar(null, form({ avatar: svg }));
    expect(result.ok === false && result.fieldErrors?.avatar?.[0]).toContain("not a JPEG, PNG, WebP or GIF image");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey).toBeNull();
  });

  it("refuses anonymous visitors", async () => {
    expect(await updateAvatar(null, form({ avatar: await jpeg("#000000") }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    expect(await removeAvatar(null, form({}))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});
