import { forSignedInUser } from "@/lib/actions/authed";
import type { ActionFailure } from "@/lib/actions/result";
import { bookmarkForm } from "@/lib/bookmarks/form";
import { bookmarkTakingPlaceOf } from "@/lib/bookmarks/queries";
import { repostForm } from "@/lib/reposts/form";
import { likeForm } from "./like-form";

// A card's like, repost and bookmark buttons: each a form for the reader the server knows
// (likeForm, repostForm, bookmarkForm), sent with JavaScript as its server action (setLike,
// setRepost, setBookmark: signedInAction of each) and without it as one plain form per card.

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
  const apply = forSignedInUser<null, CardStateResult>(async (user, sent) => {
    const leavesPage = onBookmarksPage && sent.get("bookmark") === "false";
    const landing = leavesPage ? await bookmarkTakingPlaceOf(user.id, postId) : postId;
    const form = sent.has("repost") ? repostForm : sent.has("bookmark") ? bookmarkForm : likeForm;
    const result = await form.submit(user, sent);
    return result.ok ? { ok: true, landing } : result;
  });
  return apply(null, formData);
}
