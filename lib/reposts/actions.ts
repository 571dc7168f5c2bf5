"use server";

import { signedInAction } from "@/lib/actions/authed";
import { repostForm } from "@/lib/posts/card-form";

/** Reposts or takes back the repost of the post the form names, as the signed-in user (lib/posts/card-form.ts). */
export const setRepost = signedInAction(repostForm);
