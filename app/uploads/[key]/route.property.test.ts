import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { hostileString, runs } from "@/test/hostile/input";
import { storeImage } from "@/lib/uploads/storage";
import { GET } from "./route";

let storedKey: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-serve-properties-"));
  storedKey = await storeImage(Buffer.from("RIFF....WEBPVP8 stand-in bytes"));
  // Only files that a visible post or avatar uses are served.
  const post = await createPost((await createUser()).id);
  await db.postImage.create({ data: { postId: post.id, position: 0, fileKey: storedKey, width: 1, height: 1 } });
});

const key = fc.oneof(
  hostileString,
  fc.constantFrom("../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", ".", "..", `${"a".repeat(64)}.webp`),
  fc.constant("placeholder"),
);

describe("GET /uploads/[key] with hostile keys", () => {
  it("answers 200 with the stored image or 404, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(key, async (requested) => {
        const name = requested === "placeholder" ? storedKey : requested;

        const response = await GET(new Request("http://localhost/uploads/x"), { params: Promise.resolve({ key: name }) });

        expect([200, 404]).toContain(response.status);
        expect(response.status === 200).toBe(name === storedKey);
        if (response.status === 200) expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }),
      { numRuns: runs.many },
    );
  });
});
