import { z } from "zod";
import type { Tx } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { hashtags, mentionedUsernames } from "@/lib/validation/links";

// The mentions and hashtags of a post or comment, kept in step with its text
// inside the transaction that writes the text (lib/services/after-write.ts):
// a post never exists, or shows an edit, without its rows. Only accounts that
// exist are stored; a suspended one is stored too (it may come back), and the
// readers leave it out while it is suspended.

type Client = Pick<Tx, "$queryRaw" | "$executeRaw">;

const textRow = z.object({ text: z.string() });

/** Brings `postId`'s post_mentions and post_tags in line with its current text. */
export async function recordPostLinks(tx: Client, postId: string): Promise<void> {
  const [post] = parseRows(textRow, await tx.$queryRaw`SELECT text FROM posts WHERE id = ${postId}`);
  if (!post) return;
  const usernames = mentionedUsernames(post.text);
  const tags = hashtags(post.text);
  // Rows still named by the text stay as they are (a mention keeps its time, so an edit notifies no one again).
  await tx.$executeRaw`
    DELETE FROM post_mentions AS m USING users AS u
    WHERE m.post_id = ${postId} AND u.id = m.user_id AND u.username <> ALL(${usernames}::text[])`;
  if (usernames.length > 0) {
    await tx.$executeRaw`
      INSERT INTO post_mentions (post_id, user_id)
      SELECT ${postId}, u.id FROM users AS u WHERE u.username = ANY(${usernames}::text[])
      ON CONFLICT DO NOTHING`;
  }
  await tx.$executeRaw`DELETE FROM post_tags WHERE post_id = ${postId} AND tag <> ALL(${tags}::text[])`;
  if (tags.length > 0) {
    await tx.$executeRaw`
      INSERT INTO post_tags (post_id, tag, created_at, author_id)
      SELECT p.id, tag, p.created_at, p.author_id FROM posts AS p, unnest(${tags}::text[]) AS tag WHERE p.id = ${postId}
      ON CONFLICT DO NOTHING`;
  }
}

/** Stores the accounts `commentId`'s comment mentions (comments are not edited, so this runs once). */
export async function recordCommentMentions(tx: Client, commentId: string): Promise<void> {
  const [comment] = parseRows(textRow, await tx.$queryRaw`SELECT text FROM comments WHERE id = ${commentId}`);
  const usernames = comment ? mentionedUsernames(comment.text) : [];
  if (usernames.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO comment_mentions (comment_id, user_id)
    SELECT ${commentId}, u.id FROM users AS u WHERE u.username = ANY(${usernames}::text[])
    ON CONFLICT DO NOTHING`;
}
