import { db } from "@/lib/db";
import { commentHref, postHref, profileHref } from "@/lib/routes";
import { recordId } from "@/lib/validation/ids";
import { reportableAccount, reportableComment, reportablePost } from "./reportable";
import type { ReportTargetType } from "./schema";
import { authoredComment } from "@/lib/comments/authored";

/**
 * What the report page shows of its target: whose it is and (for content) its text, behind its
 * content warning if it has one, and where the reporter goes back to once the report is sent.
 */
export type ReportTarget = {
  targetType: ReportTargetType;
  targetId: string;
  authorId: string;
  byline: string;
  text: string;
  /** A post's content warning ("" for none, and for comments and accounts, which have none). */
  contentWarning: string;
  back: { href: string; label: string };
};

type Query = Record<string, string | string[] | undefined>;

/** The target a report page's address names (?post=, ?comment= or ?account=), or null when none it names is shown to `viewerId`. */
export async function reportTargetOf(query: Query, viewerId: string): Promise<ReportTarget | null> {
  const id = (key: string) => {
    const value = query[key];
    return typeof value === "string" && recordId().safeParse(value).success ? value : null;
  };
  const postId = id("post");
  if (postId) {
    const post = await db.post.findFirst({
      where: { id: postId, ...reportablePost(viewerId) },
      select: { text: true, contentWarning: true, author: { select: { id: true, username: true } } },
    });
    return (
      post && {
        targetType: "POST",
        targetId: postId,
        authorId: post.author.id,
        byline: `Post by @${post.author.username}`,
        text: post.text,
        contentWarning: post.contentWarning,
        back: { href: postHref(postId), label: "Back to the post" },
      }
    );
  }
  const commentId = id("comment");
  if (commentId) {
    const comment = authoredComment(
      await db.comment.findFirst({
        where: { id: commentId, ...reportableComment(viewerId) },
        select: { text: true, postId: true, author: { select: { id: true, username: true } } },
      }),
    );
    return (
      comment && {
        targetType: "COMMENT",
        targetId: commentId,
        authorId: comment.author.id,
        byline: `Comment by @${comment.author.username}`,
        text: comment.text,
        contentWarning: "",
        back: { href: commentHref(comment.postId, commentId), label: "Back to the comment" },
      }
    );
  }
  const accountId = id("account");
  if (accountId) {
    const account = await db.user.findFirst({ where: { id: accountId, ...reportableAccount(viewerId) }, select: { id: true, username: true, displayName: true } });
    return (
      account && {
        targetType: "ACCOUNT",
        targetId: account.id,
        authorId: account.id,
        byline: `@${account.username}`,
        text: account.displayName,
        contentWarning: "",
        back: { href: profileHref(account.username), label: `Back to @${account.username}` },
      }
    );
  }
  return null;
}
