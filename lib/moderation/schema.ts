import { z } from "zod";
import { recordId, returnToProfile } from "@/lib/validation/ids";

/** The suspend and unsuspend forms name the account and nothing else. */
export const suspensionSchema = z.object({
  userId: recordId("Unknown account."),
});

/** The confirmation page (/@name/suspend) also names the profile to show afterwards. */
export const suspendSchema = suspensionSchema.extend({ returnTo: returnToProfile });

// What a suspension, and lifting one, says once done: in place, and to a screen reader.
export const ACCOUNT_SUSPENDED = "Account suspended.";
export const SUSPENSION_LIFTED = "Suspension lifted.";

// Refusals the moderation actions answer with (a "use server" file may export only actions).
export const ADMINS_ONLY = "Only admins can do this.";
export const CANNOT_SUSPEND_YOURSELF = "You can’t suspend your own account.";
export const CANNOT_SUSPEND_ADMIN = "Admins can’t be suspended.";
export const NO_SUCH_ACCOUNT = "This account no longer exists.";
