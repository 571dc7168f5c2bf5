import { SIGNED_OUT_MESSAGE, userForm } from "@/lib/actions/authed";
import { type ActionFailure, failure, refusedForm } from "@/lib/actions/result";
import { afterBookmarkChange, afterPostChange } from "@/lib/actions/revalidate";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { getCurrentUser } from "@/lib/auth/current-user";
import { bookmarkTakingPlaceOf } from "@/lib/bookmarks/queries";
import { setBookmarkSchema } from "@/lib/bookmarks/schema";
import * as bookmarks from "@/lib/bookmarks/service";
import { setRepostSchema } from "@/lib/reposts/schema";
import * as reposts from "@/lib/reposts/service";
import { likeSchema } from "./schema";
import * as posts from "./service";

// A card's like, repost and bookmark buttons: each a form for the reader the server knows, sent
// with JavaScript as its server action (setLike, setRepost, setBookmark: signedInAction of these)
// and without it as one plain form per card (setCardState).

/** Likes or takes back the like of the post the form names. */
export const likeForm = userForm({ fields: ["postId", "like"], schema: likeSchema }, async (user, input) => {
  const liked = await posts.setLike(user, input);
  if (!liked.ok) return refusedForm(liked);
  afterPostChange();
  return liked;
});

/** Reposts or takes back the repost of the post the form names (see lib/reposts/service.ts). */
export const repostForm = userForm({ fields: ["postId", "repost"], schema: setRepostSchema }, async (user, input) => {
  const reposted = await reposts.setRepost(user, input);
  if (!reposted.ok) return refusedForm(reposted);
  // A repost shows in followers' home feeds, on the reposter's profile and in every card's count.
  afterPostChange();
  return reposted;
});

/** Bookmarks or un-bookmarks the post the form names (see lib/bookmarks/service.ts). */
export const bookmarkForm = userForm({ fields: ["postId", "bookmark"], schema: setBookmarkSchema }, async (user, input) => {
  const bookmarked = await bookmarks.setBookmark(user, input);
  if (!bookmarked.ok) return refusedForm(bookmarked);
  afterBookmarkChange();
  return bookmarked;
});

/** The plain form's answer: the post whose card the page it came from opens at, or null for its top. */
export type CardStateResult = { ok: true; landing: string | null } | ActionFailure;

/**
 * A card's form without JavaScript (components/posts/card-actions.tsx), posted to
 * app/p/[id]/state/route.ts for `postId`. The pressed button sends the state it asks for as `like`,
 * `repost` or `bookmark`, and that field's form applies it, for the reader whose session is read
 * here, once. A form with none of them is likeForm's to refuse. The page opens back at the card;
 * but a bookmark taken back `onBookmarksPage` takes the card off it, and the page then opens at the
 * card that takes its place (bookmarkTakingPlaceOf, read before the bookmark goes), or at its top.
 */
export function setCardState(postId: string, formData: FormData, onBookmarksPage: boolean): Promise<CardStateResult> {
  formData.set("postId", postId);
  const apply = unlessDatabaseUnavailable(async (_previous: null, sent: FormData): Promise<CardStateResult> => {
    const user = await getCurrentUser();
    if (!user) return failure(SIGNED_OUT_MESSAGE);
    const leavesPage = onBookmarksPage && sent.get("bookmark") === "false";
    const landing = leavesPage ? await bookmarkTakingPlaceOf(user.id, postId) : postId;
    const form = sent.has("repost") ? repostForm : sent.has("bookmark") ? bookmarkForm : likeForm;
    const result = await form.submit(user, sent);
    return result.ok ? { ok: true, landing } : result;
  });
  return apply(null, formData);
}
