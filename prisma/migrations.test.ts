import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";

const run = promisify(execFile);

describe("migrations", () => {
  it("match schema.prisma exactly (no schema edit without its migration)", async () => {
    // --exit-code: 0 when the migrations produce the schema, 2 when they differ.
    const result = await run(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { env: process.env },
    ).then(
      () => 0,
      (error: { code?: number; stdout?: string }) => error.code,
    );
    expect(result).toBe(0);
  });
});

describe("database invariants", () => {
  let alice: Awaited<ReturnType<typeof createUser>>;
  let bob: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    alice = await createUser();
    bob = await createUser();
  });

  it("refuses a second account with the same username or email", async () => {
    await expect(createUser({ username: alice.username })).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses usernames that are not lower-case [a-z0-9_]{3,30}", async () => {
    await expect(createUser({ username: "Alice_Upper" })).rejects.toThrow(/users_username_format_check/);
    await expect(createUser({ username: "ab" })).rejects.toThrow(/users_username_format_check/);
  });

  it("refuses a self-follow and a duplicate follow", async () => {
    await expect(db.follow.create({ data: { followerId: alice.id, followeeId: alice.id } })).rejects.toThrow(
      /follows_not_self_check/,
    );
    await db.follow.create({ data: { followerId: alice.id, followeeId: bob.id } });
    await expect(db.follow.create({ data: { followerId: alice.id, followeeId: bob.id } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("refuses a duplicate like and over-long post text, and takes the empty text of a post of images alone", async () => {
    const post = await createPost(bob.id);
    await db.like.create({ data: { userId: alice.id, postId: post.id } });
    await expect(db.like.create({ data: { userId: alice.id, postId: post.id } })).rejects.toMatchObject({
      code: "P2002",
    });
    await expect(createPost(bob.id, { text: "x".repeat(10_001) })).rejects.toThrow(/posts_text_length_check/);
    expect((await createPost(bob.id, { text: "" })).text).toBe("");
  });

  it("removes a deleted user's posts, likes, comments and follows", async () => {
    const carol = await createUser();
    const post = await createPost(carol.id);
    await db.like.create({ data: { userId: alice.id, postId: post.id } });
    await db.comment.create({ data: { postId: post.id, authorId: alice.id, text: "Hello" } });
    await db.follow.create({ data: { followerId: carol.id, followeeId: bob.id } });

    await db.user.delete({ where: { id: carol.id } });

    expect(await db.post.count({ where: { authorId: carol.id } })).toBe(0);
    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.follow.count({ where: { followerId: carol.id } })).toBe(0);
  });
});
