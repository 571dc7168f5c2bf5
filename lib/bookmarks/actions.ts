"use server";

import { signedInAction } from "@/lib/actions/authed";
import { bookmarkForm } from "./form";

/** Bookmarks or un-bookmarks the post the form names, for the signed-in user (./form.ts). */
export const setBookmark = signedInAction(bookmarkForm);
