import { z } from "zod";
import { db } from "@/lib/db";
import { type Cursor, PAGE_SIZE, decodeCursor, olderThan, toPage } from "@/lib/pagination/cursor";
import { publicUserSelect } from "@/lib/profiles/public-user";
import { shownUsernames } from "@/lib/profiles/queries";
import { accountShownTo } from "@/lib/safety/visibility";
import { recordId } from "@/lib/validation/ids";
import { mentionedUsernames } from "@/lib/validation/links";

/** One version of a post: its text, content warning and image descriptions, and when it was published. */
export type PostVersion = Cursor & { text: string; contentWarning: string; altTexts: string[]; current: boolean };

const altTexts = z.array(z.string());

/**
 * A post's versions, newest first: the current one, then a page of the
 * earlier ones (keyset pages on post_revisions_post_created_idx). Null when
 * `viewerId` is not shown the post (its author is suspended, or blocks them or
 * is blocked by them): its history is shown to whoever is shown the post.
 */
export async function getPostHistory(postId: string, viewerId: string | null, cursorToken?: string | null) {
  if (!recordId().safeParse(postId).success) return null;
  const cursor = decodeCursor(cursorToken);
  const post = await db.post.findUnique({
    where: { id: postId, author: accountShownTo(viewerId) },
    select: {
      id: true,
      text: true,
      contentWarning: true,
      createdAt: true,
      editedAt: true,
      author: { select: publicUserSelect },
      images: { select: { alt: true }, orderBy: { position: "asc" } },
      revisions: {
        where: olderThan(cursor),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: PAGE_SIZE + 1,
        select: { id: true, text: true, contentWarning: true, altTexts: true, createdAt: true },
      },
    },
  });
  if (!post) return null;
  const current: PostVersion = {
    id: post.id,
    text: post.text,
    contentWarning: post.contentWarning,
    altTexts: post.images.map((image) => image.alt),
    createdAt: post.editedAt ?? post.createdAt,
    current: true,
  };
  const earlier = toPage(post.revisions.map((revision) => ({ ...revision, altTexts: altTexts.parse(revision.altTexts), current: false })));
  const versions = cursor ? earlier.items : [current, ...earlier.items];
  return {
    post: { id: post.id, author: post.author, createdAt: post.createdAt, editedAt: post.editedAt },
    versions,
    // The accounts the versions name that are shown, linked as on the post itself: one statement a page.
    mentioned: await shownUsernames([...new Set(versions.flatMap((version) => mentionedUsernames(version.text)))]),
    nextCursor: earlier.nextCursor,
  };
}
