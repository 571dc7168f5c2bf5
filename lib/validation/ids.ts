import { z } from "zod";

/**
 * A row id as the database makes them (cuid: lower-case letters and digits),
 * bounded so a form cannot send a megabyte where an id belongs. `message` is
 * what the person reads when it is not one: "Unknown post.", say.
 */
export function recordId(message?: string) {
  return z.string().min(1).max(64).regex(/^[a-z0-9]+$/, message);
}

/**
 * The profile a confirmation page's form shows afterwards: a username (so only
 * a profile of this site, never another address), or "" to stay where the form was.
 */
export const returnToProfile = z.union([z.literal(""), z.string().regex(/^[a-z0-9_]{3,30}$/)]);
