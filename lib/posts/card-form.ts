"use server";

import { plainFormAction } from "@/lib/actions/authed";
import { setBookmark } from "@/lib/bookmarks/actions";
import { setRepost } from "@/lib/reposts/actions";
import { setLike } from "./actions";

/**
 * A card's like, repost and bookmark buttons without JavaScript: one form per
 * card (components/posts/card-actions.tsx), so that twenty cards a page carry
 * one action id each rather than three. The pressed button sends the state it
 * asks for as `like`, `repost` or `bookmark`; that field's action (setLike,
 * setRepost, setBookmark) parses and applies it, and the page comes back
 * re-rendered. A form with none of them is setLike's to refuse.
 */
export async function setCardStateFromForm(formData: FormData): Promise<void> {
  const sent = (field: string) => formData instanceof FormData && formData.has(field);
  await plainFormAction(sent("repost") ? setRepost : sent("bookmark") ? setBookmark : setLike)(formData);
}
