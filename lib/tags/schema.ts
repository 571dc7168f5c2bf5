import { z } from "zod";
import { normalizeTag } from "@/lib/validation/links";

/**
 * A tag named by an address or a request, in its normalised form (NFC, lower
 * case), or refused: anything that is not a tag never reaches a query.
 * Addresses carry it percent-encoded; Next may pass it either way.
 */
export const tagParam = z
  .string()
  .max(1_000)
  .transform((value, context) => {
    let decoded = value;
    try {
      // A tag has no "%" of its own, so decoding can only undo the address's encoding.
      if (value.includes("%")) decoded = decodeURIComponent(value);
    } catch {
      decoded = "";
    }
    const tag = normalizeTag(decoded);
    if (tag === null) {
      context.addIssue({ code: "custom", message: "Not a hashtag." });
      return z.NEVER;
    }
    return tag;
  });

/** A "#tag" search: the whole query is one hashtag. Its normalised tag, or null for any other search. */
export function searchedTag(query: string): string | null {
  if (!query.startsWith("#")) return null;
  return normalizeTag(query.slice(1));
}
