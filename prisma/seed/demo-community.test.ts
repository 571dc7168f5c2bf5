import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { uploadDir } from "@/lib/uploads/storage";
import { DEMO_PASSWORD, demoPosts, demoReports, demoUsers } from "./community";
import { seedDemoCommunity } from "./demo-community";

describe("seedDemoCommunity", () => {
  it("creates the demo community once, and nothing on a second run", async () => {
    expect(await seedDemoCommunity()).toBe(true);
    expect(await seedDemoCommunity()).toBe(false);

    expect(await db.user.count()).toBe(demoUsers.length);
    expect(await db.post.count()).toBe(demoPosts.length);
    expect(await db.follow.count()).toBeGreaterThan(demoUsers.length);
    expect(await db.comment.count()).toBeGreaterThan(0);
    expect(await db.like.count()).toBeGreaterThan(0);
    expect(await db.report.count({ where: { resolvedAt: null } })).toBe(demoReports.length);
    expect(await db.post.count({ where: { contentWarning: { not: "" } } })).toBe(demoPosts.filter((post) => post.contentWarning).length);
  });

  it("lets every demo user log in with the documented password", async () => {
    const ada = await db.user.findUniqueOrThrow({ where: { username: "ada" }, omit: { passwordHash: false } });
    expect(await verifyPassword(ada.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(ada.role).toBe("ADMIN");
  });

  it("stores avatars and post images as processed WebP files", async () => {
    const images = await db.postImage.findMany();
    expect(images.length).toBe(demoPosts.reduce((sum, post) => sum + (post.images ?? 0), 0));
    const files = await readdir(uploadDir());
    for (const image of images) expect(files).toContain(image.fileKey);
    expect(images.every((image) => Math.max(image.width, image.height) <= 2048)).toBe(true);
  });
});
