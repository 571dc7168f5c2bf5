"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { CharacterCounter } from "@/components/ui/character-count";
import { useCountedText } from "@/components/ui/use-counted-text";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { type FormState, errorsFor, typedValue } from "@/lib/actions/result";
import { editPost } from "@/lib/posts/actions";
import type { EditablePost } from "@/lib/posts/queries";
import { altField } from "@/lib/posts/schema";
import { postHref } from "@/lib/routes";
import { fileUrl } from "@/lib/uploads/urls";
import { MAX_ALT_LENGTH, MAX_POST_LENGTH } from "@/lib/validation/limits";
import { ContentWarningField } from "./content-warning-field";
import { textDirection } from "@/components/ui/text-direction";
import { typedCodeUnits } from "@/lib/validation/text";
import { useFormAction } from "@/components/ui/unanswered-request";

const fieldStyle = "block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900";

/**
 * The author's form to change a post's text, content warning and image
 * descriptions (not its images). Saving shows the post; a refusal keeps what was typed, with or
 * without JavaScript. The fields are read-only while the form is sent (useReadOnlyWhileSent).
 */
export function EditPostForm({ post }: { post: EditablePost }) {
  const [state, action] = useFormAction(editPost, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {/* Fresh fields after every answer, starting from what was sent back. */}
      <EditPostFields key={JSON.stringify(state)} post={post} state={state} />
    </form>
  );
}

function EditPostFields({ post, state }: { post: EditablePost; state: FormState }) {
  const { text, setText, count, errors: textErrors } = useCountedText(state, MAX_POST_LENGTH, post.text);
  const readOnly = useReadOnlyWhileSent();
  const textBox = useRef<HTMLTextAreaElement>(null);
  // The page opens for typing, as a reply box does, at the end of the text rather than its start.
  useEffect(() => {
    const box = textBox.current;
    if (state !== null || !box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [state]);
  return (
    <>
      <input type="hidden" name="postId" value={post.id} />
      <div>
        <label htmlFor="edit-text" className="block text-sm font-medium">
          Text
        </label>
        <textarea
          ref={textBox}
          id="edit-text"
          name="text"
          rows={5}
          value={text}
          dir={textDirection(text)}
          onChange={(event) => setText(event.target.value)}
          readOnly={readOnly}
          // Opened afresh, or refused (the fields come back fresh after each answer), the text takes
          // the focus, so its error is read; also without JavaScript.
          autoFocus={state === null || textErrors ? true : undefined}
          aria-describedby="edit-count edit-text-error"
          aria-invalid={textErrors ? true : undefined}
          className={`mt-1 resize-y ${fieldStyle}`}
        />
        <div className="mt-1 flex justify-between gap-3 text-sm">
          <p id="edit-text-error" className="text-rose-700 dark:text-rose-400">
            {textErrors?.join(" ")}
          </p>
          <span className="shrink-0">
            <CharacterCounter id="edit-count" count={count} />
          </span>
        </div>
      </div>
      <ContentWarningField state={state} current={post.contentWarning} />
      {post.images.length > 0 && (
        <fieldset aria-describedby="edit-alts-error">
          <legend className="text-sm font-medium">Image descriptions</legend>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The images stay as they are; their descriptions help people who cannot see them.</p>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {post.images.map((image, position) => (
              <li key={image.id} className="space-y-1">
                {/* The image is described by the field beside it. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={fileUrl(image.fileKey)} alt="" width={image.width} height={image.height} className="h-28 w-full rounded-lg bg-zinc-100 object-cover dark:bg-zinc-900" />
                <label htmlFor={`edit-${altField(position)}`} className="block text-xs font-medium">
                  Description of image {position + 1}
                </label>
                <textarea
                  id={`edit-${altField(position)}`}
                  name={altField(position)}
                  rows={2}
                  maxLength={typedCodeUnits(MAX_ALT_LENGTH)}
                  // Cheap to find here: maxlength bounds what can be typed or pasted (see .user-text, globals.css).
                  dir="auto"
                  defaultValue={typedValue(state, altField(position)) ?? image.alt}
                  readOnly={readOnly}
                  placeholder="What is in the picture?"
                  className={`resize-y text-sm ${fieldStyle}`}
                />
              </li>
            ))}
          </ul>
          <p id="edit-alts-error" className="mt-1 text-sm text-rose-700 dark:text-rose-400">
            {errorsFor(state, "alts")?.join(" ")}
          </p>
        </fieldset>
      )}
      <div className="flex items-center justify-end gap-3">
        <Link href={postHref(post.id)} className="rounded-full px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-900">
          Cancel
        </Link>
        <SubmitButton pendingText="Saving…" disabled={count.over}>
          Save
        </SubmitButton>
      </div>
    </>
  );
}
