import type { ActionResult } from "@/lib/actions/result";
import { setBookmark } from "@/lib/bookmarks/actions";
import { setRepost } from "@/lib/reposts/actions";
import { setLike } from "./actions";

/**
 * A card's like, repost and bookmark buttons without JavaScript: one plain
 * form per card (components/posts/card-actions.tsx), posted to
 * app/p/[id]/state/route.ts. The pressed button sends the state it asks for
 * as `like`, `repost` or `bookmark`; that field's action (setLike, setRepost,
 * setBookmark) checks the session, parses the form with its schema and
 * applies it. A form with none of them is setLike's to refuse.
 */
export function setCardState(formData: FormData): Promise<ActionResult> {
  const action = formData.has("repost") ? setRepost : formData.has("bookmark") ? setBookmark : setLike;
  return action(null, formData);
}
