import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { writePostMark } from "@/lib/posts/likes";
import { POST_GONE } from "@/lib/posts/schema";
import { type Refusal, refusal } from "@/lib/services/refusal";
import type { SetRepostInput } from "./schema";

export type RepostState = { ok: true; reposted: boolean; repostCount: number };

/** How many reposts of `postId` are shown (those of suspended accounts are not). */
async function visibleRepostCount(postId: string): Promise<number> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { hiddenRepostCount: true, stats: { select: { repostCount: true } } },
  });
  return post ? (post.stats?.repostCount ?? 0) - post.hiddenRepostCount : 0;
}

/**
 * Reposts or takes back `user`'s repost of a post: the input names only the
 * post, so the repost is always the signed-in person's. A post that does not
 * exist and one that cannot be seen (suspended author) get the same answer and
 * nothing is written. People may repost their own posts, as on Bluesky and
 * Mastodon. Idempotent in the database (see `writePostMark`).
 */
export async function setRepost(user: CurrentUser, input: SetRepostInput): Promise<RepostState | Refusal> {
  // One statement, no transaction, as for likes (see `afterWrite`).
  const shown = await writePostMark(db, "reposts", user.id, input.postId, input.repost);
  if (!shown) return refusal(POST_GONE);
  return { ok: true, reposted: input.repost, repostCount: await visibleRepostCount(input.postId) };
}
