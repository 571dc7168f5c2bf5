import { z } from "zod";

/**
 * The follow form: whom, and the state the person wants. Sending the wanted
 * state rather than "toggle" makes a double submit, a retry or a second tab
 * harmless: asking twice to follow leaves you following.
 */
export const setFollowSchema = z.object({
  userId: z.string().min(1).max(64).regex(/^[a-z0-9]+$/, "Unknown account."),
  follow: z.enum(["true", "false"]).transform((value) => value === "true"),
});

// Refusals the follow action answers with (a "use server" file may export only actions).
export const CANNOT_FOLLOW_YOURSELF = "You can’t follow yourself.";
export const ACCOUNT_GONE = "This account no longer exists.";
