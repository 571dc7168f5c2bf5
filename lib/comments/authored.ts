/**
 * The comment, if it still has its author: only a deleted comment kept above replies loses it, when
 * its author deletes their account (comments_kept_author_check). Reads that ask for comments not
 * deleted never meet one; this says so to the type checker without a cast.
 */
export function authoredComment<Comment extends { author: object | null }>(
  comment: Comment | null,
): (Comment & { author: NonNullable<Comment["author"]> }) | null {
  if (comment === null || comment.author === null) return null;
  return { ...comment, author: comment.author };
}
