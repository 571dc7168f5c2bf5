import { z } from "zod";
import { recordId } from "@/lib/validation/ids";

/**
 * The bookmark form: which post, and the state the person wants. Sending the
 * wanted state rather than "toggle" makes a double submit, a retry or a second
 * tab harmless: asking twice to bookmark leaves the post bookmarked.
 */
export const setBookmarkSchema = z.object({
  postId: recordId("Unknown post."),
  bookmark: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type SetBookmarkInput = z.output<typeof setBookmarkSchema>;
