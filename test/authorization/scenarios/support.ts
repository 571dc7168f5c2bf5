import sharp from "sharp";
import { db } from "@/lib/db";
import { createPost, createReport } from "@/test/factories";
import { browserSignedInAs } from "@/test/next/session";
import type { User, World } from "./types";

// Set-ups several groups of scenarios share.

export const userRow = (id: string) => db.user.findUnique({ where: { id } });

/** Signs `user` in on another device; its session's id and a look at whether it is still live. */
export async function otherDevice(user: User) {
  await browserSignedInAs(user.id);
  const { id } = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return { id, probe: () => db.session.count({ where: { id } }) };
}

/** The owner blocks the other actors (lib/safety): neither may reach the owner's content. */
export const blockOthers = (owner: User, world: World) =>
  db.block.createMany({ data: [world.other, world.admin].map((user) => ({ blockerId: owner.id, blockedId: user.id })) });

export const suspend = (user: User) => db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });

/** The owner's post, reported by the bystander. */
export async function reportedPostOf({ owner, bystander }: World) {
  const post = await createPost(owner.id);
  await createReport(bystander.id, { targetType: "POST", targetId: post.id, accountId: owner.id });
  return post;
}

export async function png(): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#0ea5e9" } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], "me.png", { type: "image/png" });
}
