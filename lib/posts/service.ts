import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { isRecordNotFound } from "@/lib/db-errors";
import { parseRows } from "@/lib/db-rows";
import { accountShown, shownRow } from "@/lib/moderation/visibility";
import { requestLogger } from "@/lib/logging/request-logger";
import { recordRemoval } from "@/lib/moderation/log";
import { isAdmin, removablePostsBy } from "@/lib/moderation/permissions";
import { reportedCommentsUnder } from "@/lib/reports/store";
import { notBlockedWithSql } from "@/lib/safety/visibility";
import { afterWrite } from "@/lib/services/after-write";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { asCountedWrite } from "@/lib/services/write-limits";
import { releaseClaims } from "@/lib/uploads/claims";
import { deleteUnreferencedFiles, discardUploads } from "@/lib/uploads/cleanup";
import { saveUploadedImage } from "@/lib/uploads/save";
import { type ImageUploadResult, shownFileName } from "@/lib/uploads/validate";
import { writeLike } from "./likes";
import { visibleLikeCount } from "./queries";
import { EMPTY_EDIT_MESSAGE, type NewPost, POST_GONE, type PostEdit, QUOTE_GONE } from "./schema";

// Writes to posts and likes, each as `user`, with the rule of who may write
// part of the write itself.

type StoredImage = Extract<ImageUploadResult, { ok: true }>;

/**
 * Creates `author`'s post. Every image is processed before the post exists; if
 * one is refused or the insert fails, the files stored so far are removed
 * again: no post without its images, no image without its post. A quote is
 * refused when the quoted post cannot be seen (deleted, or by a suspended account).
 */
export function createPost(author: CurrentUser, input: NewPost): Promise<{ ok: true; postId: string } | Refusal> {
  // Counted before the images' work, the dearest part of a post.
  return asCountedWrite(author.id, () => writePost(author, input));
}

async function writePost(author: CurrentUser, input: NewPost): Promise<{ ok: true; postId: string } | Refusal> {
  const stored: StoredImage[] = [];
  try {
    for (const { file } of input.images) {
      const saved = await saveUploadedImage(file, "post", author.id);
      if (!saved.ok) {
        await discardUploads(stored);
        return refusal(`${shownFileName(file.name)}: ${saved.message}`, "images");
      }
      stored.push(saved);
    }
    const images = stored.map((image, position) => ({
      position,
      fileKey: image.key,
      width: image.width,
      height: image.height,
      alt: input.images[position]?.alt ?? "",
    }));
    const postId = await db.$transaction(async (tx) => {
      if (input.quotedPostId && !(await lockQuotablePost(tx, input.quotedPostId, author.id))) return null;
      const quote = input.quotedPostId ? { quotedPostId: input.quotedPostId, isQuote: true } : {};
      const post = await tx.post.create({
        data: { authorId: author.id, text: input.text, contentWarning: input.contentWarning ?? "", ...quote, images: { create: images } },
        select: { id: true },
      });
      await releaseClaims(stored.map((image) => image.claim), tx);
      await afterWrite(tx, { type: "post-created", postId: post.id, authorId: author.id });
      return post.id;
    });
    if (postId === null) {
      await discardUploads(stored);
      return refusal(QUOTE_GONE);
    }
    return { ok: true, postId };
  } catch (error) {
    // If the database is what failed, this cleanup fails too and the files stay
    // behind; the original error is the one worth reporting either way.
    await discardUploads(stored).catch(() => undefined);
    throw error;
  }
}

/**
 * Whether `postId` can be quoted by `quoterId`: it exists, its author is shown
 * and does not block the quoter nor is blocked by them (lib/safety). The rows
 * stay locked until the transaction ends, so the post cannot be deleted, nor
 * its author suspended, between this check and the quote's insert.
 */
async function lockQuotablePost(tx: Tx, postId: string, quoterId: string): Promise<boolean> {
  const rows = await tx.$queryRaw`
    SELECT TRUE AS shown FROM posts AS p JOIN users AS u ON u.id = p.author_id
    WHERE p.id = ${postId} AND u.suspended_at IS NULL AND ${notBlockedWithSql(quoterId, "u.id")}
    FOR KEY SHARE OF p FOR SHARE OF u`;
  return parseRows(shownRow, rows).length > 0;
}

/** Deletes a post its author or an admin may remove, with its image files; an admin's removal is logged (lib/moderation/log.ts). */
export async function deletePost(user: CurrentUser, input: { postId: string }): Promise<{ ok: true; byAuthor: boolean } | Refusal> {
  let deletion: { fileKeys: string[]; byAuthor: boolean };
  try {
    deletion = await db.$transaction(async (tx) => {
      const reportedComments = isAdmin(user) ? await reportedCommentsUnder(tx, input.postId) : [];
      // The rule is part of the delete itself, so nothing happens between checking and deleting.
      const deleted = await tx.post.delete({
        where: { id: input.postId, AND: [removablePostsBy(user)] },
        select: { text: true, author: { select: { id: true, username: true } }, images: { select: { fileKey: true } } },
      });
      await afterWrite(tx, { type: "post-deleted", postId: input.postId, byUserId: user.id });
      await recordRemoval(tx, user, { kind: "post", id: input.postId, text: deleted.text, author: deleted.author, reportedComments });
      return { fileKeys: deleted.images.map((image) => image.fileKey), byAuthor: deleted.author.id === user.id };
    });
  } catch (error) {
    if (isRecordNotFound(error)) return refusal("This post is gone or is not yours to delete.");
    throw error;
  }
  (await requestLogger()).info({ event: "post-deleted", postId: input.postId, userId: user.id }, "Post deleted");
  await deleteUnreferencedFiles(deletion.fileKeys);
  return { ok: true, byAuthor: deletion.byAuthor };
}

/**
 * Sets (rather than toggles) `user`'s like, so a double click, a second tab or
 * a retried request cannot undo itself; the unique key makes races harmless.
 * A post that cannot be seen gets no like and no unlike.
 */
export async function setLike(
  user: CurrentUser,
  input: { postId: string; like: boolean },
): Promise<{ ok: true; liked: boolean; likeCount: number } | Refusal> {
  // One statement, no transaction: see `afterWrite` for why likes take no side effects there.
  const shown = await writeLike(db, user.id, input.postId, input.like);
  if (!shown) return refusal(POST_GONE);
  return { ok: true, liked: input.like, likeCount: await visibleLikeCount(input.postId) };
}

export const NOT_EDITABLE = "This post is gone or is not yours to edit.";

const editablePost = z.object({ text: z.string(), contentWarning: z.string(), publishedAt: z.date(), alts: z.array(z.string()) });

/**
 * The current version of `author`'s post `postId`, locked until the
 * transaction ends, or nothing when the post is gone, is someone else's, or
 * its author is suspended: the rule is the read's own `where`, and the lock
 * makes a second edit wait, so no version is lost between two.
 */
async function lockOwnPost(tx: Tx, author: CurrentUser, postId: string) {
  const rows = await tx.$queryRaw`
    SELECT p.text, p.content_warning AS "contentWarning", coalesce(p.edited_at, p.created_at) AS "publishedAt",
           coalesce((SELECT json_agg(i.alt ORDER BY i.position) FROM post_images AS i WHERE i.post_id = p.id), '[]'::json) AS alts
    FROM posts AS p
    WHERE p.id = ${postId} AND p.author_id = ${author.id} AND ${accountShown("p.author_id")}
    FOR UPDATE OF p`;
  return parseRows(editablePost, rows)[0] ?? null;
}

/**
 * Replaces the text, content warning and image descriptions of `author`'s post,
 * keeping the version it replaces as a revision (a change of the warning alone
 * is a version too: readers saw the post under it). The post keeps its id,
 * images, likes and comments. An edit that changes nothing stores nothing.
 */
export async function editPost(author: CurrentUser, input: PostEdit): Promise<{ ok: true; changed: boolean } | Refusal> {
  return db.$transaction(async (tx) => {
    const current = await lockOwnPost(tx, author, input.postId);
    if (!current) return refusal(NOT_EDITABLE);
    if (input.alts.length !== current.alts.length) {
      return refusal(`This post has ${current.alts.length} images; reload the page to describe each of them.`, "alts");
    }
    if (input.text === "" && current.alts.length === 0) return refusal(EMPTY_EDIT_MESSAGE, "text");
    const contentWarning = input.contentWarning ?? current.contentWarning;
    const unchanged = current.text === input.text && current.contentWarning === contentWarning && isDeepStrictEqual(current.alts, input.alts);
    if (unchanged) return { ok: true, changed: false };

    await tx.postRevision.create({
      data: { postId: input.postId, text: current.text, contentWarning: current.contentWarning, altTexts: current.alts, createdAt: current.publishedAt },
    });
    // The database's clock, as for created_at; never before creation (posts_edited_after_creation_check).
    await tx.$executeRaw`
      UPDATE posts SET text = ${input.text}, content_warning = ${contentWarning}, edited_at = greatest(now(), created_at)
      WHERE id = ${input.postId}`;
    for (const [position, alt] of input.alts.entries()) {
      if (alt === current.alts[position]) continue;
      await tx.postImage.update({ where: { postId_position: { postId: input.postId, position } }, data: { alt } });
    }
    await afterWrite(tx, { type: "post-edited", postId: input.postId, authorId: author.id });
    return { ok: true, changed: true };
  });
}
