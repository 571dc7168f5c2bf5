"use server";

import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterBookmarkChange } from "@/lib/actions/revalidate";
import { setBookmarkSchema } from "./schema";
import * as bookmarks from "./service";

export type SetBookmarkResult = { ok: true; bookmarked: boolean } | ActionFailure;

/** Bookmarks or un-bookmarks the post the form names, for the signed-in user (see service.ts). */
export const setBookmark = authedAction(
  { fields: ["postId", "bookmark"], schema: setBookmarkSchema },
  async (user, input): Promise<SetBookmarkResult> => {
    const bookmarked = await bookmarks.setBookmark(user, input);
    if (!bookmarked.ok) return refusedForm(bookmarked);
    afterBookmarkChange();
    return bookmarked;
  },
);
