import { z } from "zod";

/**
 * A row id as the database makes them (cuid: lower-case letters and digits),
 * bounded so a form cannot send a megabyte where an id belongs. `message` is
 * what the person reads when it is not one: "Unknown post.", say.
 */
export function recordId(message?: string) {
  return z.string().min(1).max(64).regex(/^[a-z0-9]+$/, message);
}
