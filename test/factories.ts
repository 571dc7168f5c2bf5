import { randomBytes, randomInt } from "node:crypto";
import sharp from "sharp";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordCommentMentions, recordPostLinks } from "@/lib/tags/store";
import { newRecoveryCodes, recoveryCodeHash } from "@/lib/two-factor/recovery-codes";
import { sealSecret } from "@/lib/two-factor/secret-box";
import { newTotpSecret } from "@/lib/two-factor/totp";
import { storeImage } from "@/lib/uploads/storage";

// Test data straight into the database, each row unique so tests never collide.

export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;

function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export async function createUser(
  overrides: { username?: string; displayName?: string; bio?: string; role?: "USER" | "ADMIN"; suspended?: boolean; unverified?: boolean } = {},
) {
  const username = overrides.username ?? `user_${uniqueSuffix()}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      username,
      email: `${username.toLowerCase()}@example.test`,
      displayName: overrides.displayName ?? `Test ${username}`,
      bio: overrides.bio,
      passwordHash: await passwordHash,
      role: overrides.role ?? "USER",
      suspendedAt: overrides.suspended ? new Date() : null,
      emailVerifiedAt: overrides.unverified ? null : new Date(),
    },
  });
}

/**
 * Turns two-factor login on for `userId`, as confirming the set-up does, and
 * answers what only the owner would have: the secret (to compute codes with
 * totpCode) and the recovery codes. No code has been used yet.
 */
export async function enableTwoFactor(userId: string): Promise<{ secret: Buffer; recoveryCodes: string[] }> {
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  await db.twoFactor.create({ data: { userId, secretSealed: sealSecret(secret, userId), enabledAt: new Date() } });
  await db.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) });
  return { secret, recoveryCodes };
}

/** An image of a post: its stored size and its description. */
export type TestImage = { width: number; height: number; alt?: string };

/**
 * A real WebP of the given size in UPLOAD_DIR, as the upload pipeline would
 * store it: a diagonal gradient in random colours with a ring at its centre,
 * so crops and layouts can be told apart on a screenshot, and each file is new.
 */
async function storeTestImage({ width, height }: TestImage): Promise<string> {
  const [from, to] = [randomInt(360), randomInt(360)];
  const radius = Math.min(width, height) / 4;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x2="1" y2="1"><stop stop-color="hsl(${from},70%,55%)"/><stop offset="1" stop-color="hsl(${to},70%,35%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="50%" cy="50%" r="${radius}" fill="none" stroke="white" stroke-width="${Math.max(2, radius / 8)}"/>
  </svg>`;
  return storeImage(await sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer());
}

export async function createPost(
  authorId: string,
  overrides: { text?: string; createdAt?: Date; images?: TestImage[]; quotedPostId?: string; contentWarning?: string } = {},
) {
  const images = await Promise.all(
    (overrides.images ?? []).map(async (image, position) => ({
      position,
      fileKey: await storeTestImage(image),
      width: image.width,
      height: image.height,
      alt: image.alt ?? "",
    })),
  );
  const post = await db.post.create({
    data: {
      authorId,
      text: overrides.text ?? `Post ${uniqueSuffix()}`,
      createdAt: overrides.createdAt,
      contentWarning: overrides.contentWarning,
      ...(overrides.quotedPostId ? { quotedPostId: overrides.quotedPostId, isQuote: true } : {}),
      images: { create: images },
    },
  });
  // Its mentions and hashtags, as the post service stores them.
  await recordPostLinks(db, post.id);
  return post;
}

export async function createComment(postId: string, authorId: string, overrides: { text?: string; parentId?: string } = {}) {
  const comment = await db.comment.create({ data: { postId, authorId, text: overrides.text ?? `Comment ${uniqueSuffix()}`, parentId: overrides.parentId ?? null } });
  await recordCommentMentions(db, comment.id);
  return comment;
}

/** A like, as the like button would leave it (its notification comes with it, by trigger). */
export async function createLike(userId: string, postId: string) {
  return db.like.create({ data: { userId, postId } });
}

/** A follow, as the follow button would leave it. */
export async function createFollow(followerId: string, followeeId: string) {
  return db.follow.create({ data: { followerId, followeeId } });
}

/** Deletes an account as deleting it in settings does at the database (its username is retired by a trigger). */
export async function deleteUser(userId: string) {
  await db.user.delete({ where: { id: userId } });
}

/** Takes a like back, as the like button would. */
export async function removeLike(userId: string, postId: string) {
  return db.like.delete({ where: { userId_postId: { userId, postId } } });
}

/** An open report by `reporterId` of a post, comment or account of `accountId` (its author, or the account itself). */
export async function createReport(
  reporterId: string,
  target: { targetType: "POST" | "COMMENT" | "ACCOUNT"; targetId: string; accountId: string },
  overrides: { reason?: "SPAM" | "HARASSMENT" | "ILLEGAL" | "OTHER"; details?: string; createdAt?: Date } = {},
) {
  const reason = overrides.reason ?? "SPAM";
  return db.report.create({
    data: { reporterId, ...target, reason, details: overrides.details ?? (reason === "OTHER" ? "Something is wrong" : ""), createdAt: overrides.createdAt },
  });
}

/** A moderation log entry: `actorId` suspended `account`. */
export async function logModeration(actorId: string, account: { id: string; username: string }) {
  return db.moderationLogEntry.create({
    data: { action: "ACCOUNT_SUSPENDED", actorId, targetId: account.id, accountId: account.id, username: account.username },
  });
}
