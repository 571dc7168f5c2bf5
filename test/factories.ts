import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

// Test data straight into the database, each row unique so tests never collide.

export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;

function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export async function createUser(overrides: { username?: string; displayName?: string; role?: "USER" | "ADMIN" } = {}) {
  const username = overrides.username ?? `user_${uniqueSuffix()}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      username,
      email: `${username.toLowerCase()}@example.test`,
      displayName: overrides.displayName ?? `Test ${username}`,
      passwordHash: await passwordHash,
      role: overrides.role ?? "USER",
    },
  });
}

export async function createPost(authorId: string, overrides: { text?: string; createdAt?: Date } = {}) {
  return db.post.create({
    data: { authorId, text: overrides.text ?? `Post ${uniqueSuffix()}`, createdAt: overrides.createdAt },
  });
}

export async function createComment(postId: string, authorId: string, overrides: { text?: string } = {}) {
  return db.comment.create({ data: { postId, authorId, text: overrides.text ?? `Comment ${uniqueSuffix()}` } });
}
