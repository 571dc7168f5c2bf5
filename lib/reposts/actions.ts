"use server";

import { signedInAction } from "@/lib/actions/authed";
import { repostForm } from "./form";

/** Reposts or takes back the repost of the post the form names, as the signed-in user (./form.ts). */
export const setRepost = signedInAction(repostForm);
