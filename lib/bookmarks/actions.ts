"use server";

import { signedInAction } from "@/lib/actions/authed";
import { bookmarkForm } from "@/lib/posts/card-form";

/** Bookmarks or un-bookmarks the post the form names, for the signed-in user (lib/posts/card-form.ts). */
export const setBookmark = signedInAction(bookmarkForm);
