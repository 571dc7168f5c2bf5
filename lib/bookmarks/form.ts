import { userForm } from "@/lib/actions/authed";
import { refusedForm } from "@/lib/actions/result";
import { afterBookmarkChange } from "@/lib/actions/revalidate";
import { setBookmarkSchema } from "./schema";
import * as bookmarks from "./service";

// Not in actions.ts: a "use server" module exports only its actions, and the cards' form without
// JavaScript submits this one for a reader it has already read (lib/posts/card-form.ts).

/** Bookmarks or un-bookmarks the post the form names (see service.ts). */
export const bookmarkForm = userForm({ fields: [], given: ["postId", "bookmark"], schema: setBookmarkSchema }, async (user, input) => {
  const bookmarked = await bookmarks.setBookmark(user, input);
  if (!bookmarked.ok) return refusedForm(bookmarked);
  afterBookmarkChange();
  return bookmarked;
});
