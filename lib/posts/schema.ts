import { z } from "zod";
import { withoutControlCharacters } from "@/lib/accounts/schema";

export const MAX_POST_LENGTH = 500;
export const MAX_IMAGES_PER_POST = 4;
export const MAX_ALT_LENGTH = 1000;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as a person counts them: 👩‍👩‍👧 or é written as e + ◌́ is one. */
export function countCharacters(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/**
 * A post or comment body: trimmed, 1–500 characters as a person counts them,
 * without control characters.
 */
function bodyText(what: string) {
  return z
    .string()
    .transform((value) => withoutControlCharacters(value).trim())
    .pipe(
      z
        .string()
        .min(1, `Write something to ${what}.`)
        // Counting graphemes takes time quadratic in the length (60,000 characters
        // take seconds and gigabytes), so far too long a text is refused before.
        .max(5000, { message: `Keep it to ${MAX_POST_LENGTH} characters.`, abort: true })
        .refine((value) => countCharacters(value) <= MAX_POST_LENGTH, `Keep it to ${MAX_POST_LENGTH} characters.`),
    );
}

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/, "Unknown post.");

export const postSchema = z.object({ text: bodyText("post") });

export const altTextSchema = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().max(MAX_ALT_LENGTH, `Keep image descriptions to ${MAX_ALT_LENGTH} characters.`));

export const postIdSchema = z.object({ postId: id });

export const likeSchema = z.object({ postId: id, like: z.enum(["true", "false"]).transform((value) => value === "true") });

export const commentSchema = z.object({ postId: id, text: bodyText("comment") });

export const commentIdSchema = z.object({ commentId: id });

// Refusals for a post that does not exist, no longer does, or cannot be seen
// (its author is suspended): one answer, so a refusal reveals nothing.
export const POST_GONE = "This post was deleted.";
export const POST_GONE_FOR_COMMENTS = "This post was deleted, so it can no longer be commented on.";
