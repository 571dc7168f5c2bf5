import { z } from "zod";
import { recordId } from "@/lib/validation/ids";

/**
 * The follow form: whom, and the state the person wants. Sending the wanted
 * state rather than "toggle" makes a double submit, a retry or a second tab
 * harmless: asking twice to follow leaves you following.
 */
export const setFollowSchema = z.object({
  userId: recordId("Unknown account."),
  follow: z.enum(["true", "false"]).transform((value) => value === "true"),
});

// Refusals the follow action answers with (a "use server" file may export only actions).
export const CANNOT_FOLLOW_YOURSELF = "You can’t follow yourself.";
export const ACCOUNT_GONE = "This account no longer exists.";
