import { z } from "zod";
import type { EchoLimits } from "@/lib/actions/result";
import { recordId } from "@/lib/validation/ids";
import { MAX_ALT_LENGTH, MAX_IMAGES_PER_POST, MAX_POST_LENGTH } from "@/lib/validation/limits";
import { shownOrEmpty } from "@/lib/validation/invisible";
import { STACKED_MARKS_MESSAGE, characterLimit, countCharacters, stacksTooManyMarks, typedCodeUnits, withoutControlCharacters } from "@/lib/validation/text";

/** Posts and comments alike: 500 characters as a person counts them. */
export const POST_TEXT_LIMIT = characterLimit(MAX_POST_LENGTH);

/**
 * A refused post or comment comes back with its text, up to the most code
 * units a valid one can have: an over-long text stays whole for the author to
 * shorten, a pasted megabyte does not come back at all.
 */
export const postTextEcho: EchoLimits = { text: POST_TEXT_LIMIT.codeUnits };

/**
 * Text of a post or comment: trimmed, at most 500 characters as a person
 * counts them, without control characters. It may be empty, and is when it
 * shows nothing (zero-width spaces alone): such a post would be a blank card.
 */
const limitedText = z
  .string()
  .transform((value) => shownOrEmpty(withoutControlCharacters(value).trim(), POST_TEXT_LIMIT.codeUnits))
  .pipe(
    z
      .string()
      .refine((value) => countCharacters(value, POST_TEXT_LIMIT) <= MAX_POST_LENGTH, { message: `Keep it to ${MAX_POST_LENGTH} characters.`, abort: true })
      .refine((value) => !stacksTooManyMarks(value), STACKED_MARKS_MESSAGE),
  );

/** A comment's body (or any text that must say something): 1–500 characters. */
export function bodyText(what: string) {
  return limitedText.pipe(z.string().min(1, `Write something to ${what}.`));
}

const id = recordId("Unknown post.");

export const altTextSchema = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().max(MAX_ALT_LENGTH, `Keep image descriptions to ${MAX_ALT_LENGTH} characters.`));

export const MAX_CONTENT_WARNING_LENGTH = 100;

/**
 * A post's content warning: one line (runs of spaces and line breaks become a
 * space), trimmed, without control characters, at most 100 characters; "" for none.
 */
export const contentWarningSchema = z
  .string()
  .transform((value) => withoutControlCharacters(value).replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .max(MAX_CONTENT_WARNING_LENGTH, { message: `Keep the content warning to ${MAX_CONTENT_WARNING_LENGTH} characters.`, abort: true })
      .refine((value) => !stacksTooManyMarks(value), STACKED_MARKS_MESSAGE),
  );

export const EMPTY_POST_MESSAGE = "Write something or add an image to post.";
/** An edit cannot add images (lib/posts/service.ts): a post of text alone keeps some. */
export const EMPTY_EDIT_MESSAGE = "Write something: a post without images can’t be empty.";

/**
 * A post: its text, and up to four images, each with the description typed
 * beside it. Either may be left out, not both: a post of images alone is a post.
 */
export const postSchema = z
  .object({
    text: limitedText,
    // Absent from forms that have no such field (and from older clients): no warning.
    contentWarning: contentWarningSchema.default(""),
    // The post it quotes, from the compose form's hidden field: empty or absent for a plain post.
    quotedPostId: z.union([z.literal("").transform(() => undefined), recordId("The post you are quoting does not exist.")]).optional(),
    // "home" from the composer's own page (/compose), which leads to the home feed once posted.
    redirectTo: z.enum(["", "home"]).default(""),
    images: z
      .array(z.object({ file: z.instanceof(File), alt: altTextSchema }))
      .max(MAX_IMAGES_PER_POST, `Attach at most ${MAX_IMAGES_PER_POST} images.`)
      .default([]),
  })
  .refine((post) => post.text !== "" || post.images.length > 0, { message: EMPTY_POST_MESSAGE, path: ["text"] });

/** A parsed post; callers other than the form (seeds, tests) may leave out the warning. */
export type NewPost = Omit<z.output<typeof postSchema>, "contentWarning" | "redirectTo"> & { contentWarning?: string };

/**
 * The images of a post form, each chosen file with the description in the same
 * position ("" when there is none). An empty file input sends an empty file,
 * and a text sent as an image is no image: neither counts.
 */
export function postFormImages(formData: FormData): { images: { file: File; alt: unknown }[] } {
  const alts = formData.getAll("alt");
  const files = formData.getAll("images").filter((value): value is File => value instanceof File && value.size > 0);
  return { images: files.map((file, index) => ({ file, alt: alts[index] ?? "" })) };
}

/**
 * An edit of a post: the new text and content warning, under the same rules as a
 * new post's ("" takes the warning off), and the description of each of its images
 * in their order (the images themselves cannot change). The form names them
 * "alt-0" to "alt-3", so a refused form can send each back to its own field.
 */
export const editPostSchema = z.object({
  postId: id,
  // Empty only for a post of images: the service knows whether it has any.
  text: limitedText,
  contentWarning: contentWarningSchema,
  alts: z.array(altTextSchema).max(MAX_IMAGES_PER_POST, `A post has at most ${MAX_IMAGES_PER_POST} images.`),
});

/** A parsed edit. The form always sends the warning; an edit that leaves it out keeps the post's as it is. */
export type PostEdit = Omit<z.output<typeof editPostSchema>, "contentWarning"> & { contentWarning?: string };

/** The form field of the description of the image at `position`. */
export function altField(position: number): string {
  return `alt-${position}`;
}

const ALT_FIELDS = Array.from({ length: MAX_IMAGES_PER_POST }, (_, position) => altField(position));

/** The descriptions an edit form sent, in order, up to the first position it did not send. */
export function editFormAlts(formData: FormData): { alts: unknown[] } {
  const alts: unknown[] = [];
  for (const field of ALT_FIELDS) {
    if (!formData.has(field)) break;
    alts.push(formData.get(field));
  }
  return { alts };
}

/** A refused post or edit comes back with its content warning as typed (typedCodeUnits). */
const contentWarningEcho: EchoLimits = { contentWarning: typedCodeUnits(MAX_CONTENT_WARNING_LENGTH) };

/** The descriptions of a post's images, each under its own field (altField), bounded as the warning. */
export const ALT_ECHO_CODE_UNITS = typedCodeUnits(MAX_ALT_LENGTH);
const altsEcho: EchoLimits = Object.fromEntries(ALT_FIELDS.map((field) => [field, ALT_ECHO_CODE_UNITS]));

/** A refused edit comes back with its text, warning and descriptions, each cut to its limit. */
export const postEditEcho: EchoLimits = { ...postTextEcho, ...contentWarningEcho, ...altsEcho };

/** In a refused post's echo: how many images were sent with it (files themselves cannot be echoed). */
export const SENT_IMAGES_FIELD = "images";

/** A refused new post comes back with its text and its content warning. */
export const newPostEcho: EchoLimits = { ...postTextEcho, ...contentWarningEcho };

/**
 * Everything a refused post may send back: its text and warning, how many images came with it (one
 * digit), and the descriptions typed for them, which a form without JavaScript shows again (createPost).
 */
export const postFormEcho: EchoLimits = { ...newPostEcho, [SENT_IMAGES_FIELD]: 1, ...altsEcho };

export const postIdSchema = z.object({ postId: id });

export const deletePostSchema = postIdSchema.extend({ redirectTo: z.enum(["", "home"]) });

export const likeSchema = z.object({ postId: id, like: z.enum(["true", "false"]).transform((value) => value === "true") });

/**
 * The refusal for a quote of a post that is missing, deleted, or by a suspended account: as for POST_GONE, one answer for all.
 * The composer then drops the quote (components/posts/compose-form.tsx).
 */
export const QUOTE_GONE = "The post you are quoting was deleted or is no longer available, so it cannot be quoted. Post again to send yours without it.";

// The refusal for a post that does not exist, no longer does, or cannot be seen
// (its author is suspended, or blocks the reader): one answer, so a refusal reveals
// nothing, and tells no one blocked that a post still there was deleted.
export const POST_GONE = "This post was deleted or is no longer available.";
