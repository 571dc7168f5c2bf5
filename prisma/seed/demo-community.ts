import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordCommentMentions, recordPostLinks } from "@/lib/tags/store";
import { processImage } from "@/lib/uploads/images";
import { storeImage } from "@/lib/uploads/storage";
import { createRng, drawAvatar, drawLandscape } from "./artwork";
import { DEMO_PASSWORD, demoComments, demoFollows, demoPosts, demoReports, demoUsers } from "./community";

const HOUR = 3_600_000;

async function storePicture(draw: Promise<Buffer>, kind: "avatar" | "post") {
  const processed = await processImage(await draw, kind);
  return { key: await storeImage(processed.bytes), width: processed.width, height: processed.height };
}

/**
 * A small demo community, created only when there are no users, so running it
 * again (every `npm run dev` does) changes nothing. Returns whether it seeded.
 */
export async function seedDemoCommunity(): Promise<boolean> {
  if ((await db.user.count()) > 0) {
    return false;
  }
  const rng = createRng(2026);
  const now = Date.now();

  const users = await Promise.all(
    demoUsers.map(async (user, index): Promise<Prisma.UserCreateManyInput> => ({
      username: user.username,
      email: `${user.username}@example.com`,
      displayName: user.displayName,
      bio: user.bio,
      role: user.role ?? "USER",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      avatarKey: user.hasAvatar ? (await storePicture(drawAvatar(rng), "avatar")).key : null,
      createdAt: new Date(now - (400 - index * 5) * HOUR),
      // The demo's people read their mail long ago.
      emailVerifiedAt: new Date(now - (400 - index * 5) * HOUR),
    })),
  );
  const posts = await Promise.all(
    demoPosts.map(async (post) => ({
      ...post,
      pictures: await Promise.all(
        Array.from({ length: post.images ?? 0 }, () => storePicture(drawLandscape(rng), "post")),
      ),
    })),
  );

  await db.$transaction(async (tx) => {
    const created = await tx.user.createManyAndReturn({ data: users, select: { id: true, username: true } });
    const userId = new Map(created.map((user) => [user.username, user.id]));
    const idOf = (username: string) => {
      const id = userId.get(username);
      if (!id) throw new Error(`Unknown demo user ${username}`);
      return id;
    };

    const postIds: string[] = [];
    for (const post of posts) {
      const { id } = await tx.post.create({
        data: {
          authorId: idOf(post.author),
          text: post.text,
          contentWarning: post.contentWarning,
          createdAt: new Date(now - post.hoursAgo * HOUR),
          images: {
            create: post.pictures.map((picture, position) => ({
              position,
              fileKey: picture.key,
              width: picture.width,
              height: picture.height,
              alt: `Demo picture ${position + 1} by ${post.author}`,
            })),
          },
        },
      });
      await recordPostLinks(tx, id);
      postIds.push(id);
    }

    const postIdAt = (index: number) => {
      const id = postIds[index];
      if (!id) throw new Error(`No demo post number ${index}`);
      return id;
    };

    await tx.follow.createMany({
      data: demoFollows.map(([follower, followee]) => ({ followerId: idOf(follower), followeeId: idOf(followee) })),
    });
    await tx.like.createMany({
      data: postIds.flatMap((postId) =>
        created.filter(() => rng() < 0.35).map((user) => ({ userId: user.id, postId })),
      ),
    });
    await tx.comment.createMany({
      data: demoComments.map((comment, index) => ({
        postId: postIdAt(comment.post),
        authorId: idOf(comment.author),
        text: comment.text,
        createdAt: new Date(now - (demoPosts[comment.post]?.hoursAgo ?? 1) * HOUR + (index + 1) * 60_000),
      })),
    });
    for (const { id } of await tx.comment.findMany({ select: { id: true } })) await recordCommentMentions(tx, id);
    await tx.report.createMany({
      data: demoReports.map((report) => {
        const author = demoPosts[report.post]?.author ?? "";
        return { reporterId: idOf(report.reporter), targetType: "POST" as const, targetId: postIdAt(report.post), accountId: idOf(author), reason: report.reason, details: report.details };
      }),
    });
    // Prisma rolls an interactive transaction back after 5 s by default, and on a
    // busy two-core machine this one can take longer; a rollback between the two
    // statements of a nested create surfaced as a foreign-key error on post_images.
  }, { timeout: 120_000 });

  return true;
}

