"use client";

import { useActionState, useEffect, useState } from "react";
import { type FormState, errorsFor, typedValue } from "@/lib/actions/result";
import { createPost } from "@/lib/posts/actions";
import { POST_TEXT_LIMIT } from "@/lib/posts/schema";
import { uploadMessages } from "@/lib/uploads/validate";
import { MAX_ALT_LENGTH, MAX_IMAGES_PER_POST, MAX_POST_LENGTH, MAX_UPLOAD_BYTES } from "@/lib/validation/limits";
import { countCharacters } from "@/lib/validation/text";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Preview = { name: string; url: string };

/** The compose box: text with a live character count, and up to four images with descriptions. */
export function ComposeForm() {
  const [state, action] = useActionState(createPost, null);
  return (
    <form action={action} className="space-y-3 border-b border-zinc-200 pb-4 dark:border-zinc-800" noValidate>
      <FormMessage state={state} />
      {/* A new set of fields after every answer: empty after a post, the typed text after a refusal. */}
      <ComposeFields key={JSON.stringify(state)} state={state} />
    </form>
  );
}

/** The fields of the compose box as they start after `state`; rendered on their own by the oversized-input test. */
export function ComposeFields({ state }: { state: FormState }) {
  const [text, setText] = useState(typedValue(state, "text") ?? "");
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => () => previews.forEach((preview) => URL.revokeObjectURL(preview.url)), [previews]);

  // Counted only up to one past the limit, on the server's render as in the browser.
  const remaining = MAX_POST_LENGTH - countCharacters(text.trim(), POST_TEXT_LIMIT);
  const imageErrors = localError ? [localError] : errorsFor(state, "images");

  function choose(files: FileList | null) {
    const chosen = Array.from(files ?? []);
    setLocalError(
      chosen.length > MAX_IMAGES_PER_POST
        ? `Attach at most ${MAX_IMAGES_PER_POST} images.`
        : chosen.some((file) => file.size > MAX_UPLOAD_BYTES)
          ? uploadMessages.tooLarge
          : null,
    );
    setPreviews(chosen.slice(0, MAX_IMAGES_PER_POST).map((file) => ({ name: file.name, url: URL.createObjectURL(file) })));
  }

  return (
    <>
      <label htmlFor="compose-text" className="sr-only">
        What’s happening?
      </label>
      <textarea
        id="compose-text"
        name="text"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="What’s happening?"
        aria-describedby="compose-count compose-text-error"
        aria-invalid={errorsFor(state, "text") ? true : undefined}
        className="block w-full resize-y rounded-xl border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
      />
      <p id="compose-text-error" className="text-sm text-rose-700 dark:text-rose-400">
        {errorsFor(state, "text")?.join(" ")}
      </p>
      {previews.length > 0 && (
        <ul className="grid grid-cols-2 gap-2">
          {previews.map((preview, index) => (
            <li key={preview.url} className="space-y-1">
              {/* A local preview (blob: URL) of a file not uploaded yet. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={preview.url} alt="" className="h-28 w-full rounded-lg object-cover" />
              <label htmlFor={`alt-${index}`} className="block text-xs font-medium">
                Description of image {index + 1}
              </label>
              <input
                id={`alt-${index}`}
                name="alt"
                maxLength={MAX_ALT_LENGTH}
                placeholder="What is in the picture?"
                className="block w-full rounded-lg border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
              />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <label htmlFor="compose-images" className="text-sm font-medium">
            Images <span className="font-normal text-zinc-600 dark:text-zinc-400">(up to {MAX_IMAGES_PER_POST})</span>
          </label>
          <input
            id="compose-images"
            name="images"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/gif"
            onChange={(event) => choose(event.target.files)}
            aria-describedby="compose-images-error"
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-zinc-200 file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:bg-zinc-800 dark:file:text-zinc-100"
          />
          <p id="compose-images-error" className="mt-1 text-sm text-rose-700 dark:text-rose-400">
            {imageErrors?.join(" ")}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span
            id="compose-count"
            className={`text-sm tabular-nums ${remaining < 0 ? "text-rose-700 dark:text-rose-400" : "text-zinc-600 dark:text-zinc-400"}`}
          >
            {remaining < 0 ? `Over ${MAX_POST_LENGTH} characters` : `${remaining} characters left`}
          </span>
          <SubmitButton pendingText="Posting…" disabled={localError !== null || remaining < 0}>
            Post
          </SubmitButton>
        </div>
      </div>
    </>
  );
}
