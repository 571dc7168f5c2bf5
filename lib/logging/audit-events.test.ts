import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUp, logIn } from "@/lib/accounts/actions";
import { deleteComment } from "@/lib/comments/actions";
import { db } from "@/lib/db";
import { deletePost } from "@/lib/posts/actions";
import { createPost, createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { capturingLogger } from "./capture";
import { logger } from "./logger";

// The account and content events the app logs, seen through the real actions.

let captured: ReturnType<typeof capturingLogger>;

beforeEach(() => {
  captured = capturingLogger();
  vi.spyOn(logger, "child").mockImplementation((bindings) => captured.logger.child(bindings));
  request.setHeader("x-request-id", "req-audit");
  return () => vi.restoreAllMocks();
});

const events = () => captured.lines.map(({ event, outcome, userId, requestId }) => ({ event, outcome, userId, requestId }));

describe("account events", () => {
  it("logs a sign-up with the new user's id and neither the email nor the password", async () => {
    const password = "a long and unusual passphrase";
    await expect(
      signUp(null, form({ username: "logged_user", email: "logged@example.test", displayName: "Logged", password })),
    ).rejects.toBeInstanceOf(RedirectError);
    const user = await db.user.findUniqueOrThrow({ where: { username: "logged_user" } });

    expect(events()).toEqual([{ event: "sign-up", outcome: "success", userId: user.id, requestId: "req-audit" }]);
    expect(JSON.stringify(captured.lines)).not.toMatch(/logged@example\.test|unusual passphrase/);
  });

  it("logs log-in success and failure with the user id, or unknown for an unknown account", async () => {
    const user = await createUser();
    await expect(logIn(null, form({ identifier: user.email, password: TEST_PASSWORD }))).rejects.toBeInstanceOf(RedirectError);
    await logIn(null, form({ identifier: user.email, password: "wrong password here" }));
    await logIn(null, form({ identifier: "nobody@example.test", password: "wrong password here" }));

    expect(events()).toEqual([
      { event: "log-in", outcome: "success", userId: user.id, requestId: "req-audit" },
      { event: "log-in", outcome: "failure", userId: user.id, requestId: "req-audit" },
      { event: "log-in", outcome: "failure", userId: "unknown", requestId: "req-audit" },
    ]);
    expect(JSON.stringify(captured.lines)).not.toMatch(/example\.test|wrong password|correct horse/);
  });
});

describe("content events", () => {
  it("logs the deletion of a post and of a comment, with who deleted what", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const comment = await db.comment.create({ data: { postId: post.id, authorId: author.id, text: "Nice" } });
    await signInAs(author.id);

    await deleteComment(null, form({ commentId: comment.id }));
    await deletePost(null, form({ postId: post.id, redirectTo: "" }));

    expect(captured.lines).toEqual([
      expect.objectContaining({ event: "comment-deleted", commentId: comment.id, postId: post.id, userId: author.id }),
      expect.objectContaining({ event: "post-deleted", postId: post.id, userId: author.id }),
    ]);
  });

  it("logs nothing when a deletion is refused", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    await signInAs((await createUser()).id);

    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toMatchObject({ ok: false });
    expect(captured.lines).toEqual([]);
  });
});
