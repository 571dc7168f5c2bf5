"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { characters } from "@/components/ui/character-count";
import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import { type FormState, errorsFor, typedValue } from "@/lib/actions/result";
import { SENT_IMAGES_FIELD, altField } from "@/lib/posts/schema";
import { ACCEPTED_IMAGE_TYPES, checkChosenFile, shownFileName } from "@/lib/uploads/validate";
import { MAX_ALT_LENGTH, MAX_IMAGES_PER_POST } from "@/lib/validation/limits";
import { textDirection } from "@/components/ui/text-direction";
import { typedCodeUnits } from "@/lib/validation/text";

type ChosenImage = { file: File; url: string; alt: string };

/**
 * The images of the compose box and the row of controls below them. With
 * JavaScript: an image button, a preview of each chosen image with a remove
 * button and a field for its description, kept through a refusal. Without: the
 * browser's own file control, and a description field for each image it may hold,
 * in the order they are chosen (sent as the same "alt" fields). While the post is sent, nothing is added or described
 * that its success would throw away (useReadOnlyWhileSent).
 */
export function ComposeImages({ state, children }: { state: FormState; children: ReactNode }) {
  const scripted = useScriptsRunning();
  const sending = useReadOnlyWhileSent();
  const [images, setImages] = useState<ChosenImage[]>([]);
  const [localErrors, setLocalErrors] = useState<string[]>([]);
  // The server's refusal is about the images sent with it; once they change, it no longer applies.
  const [changedSince, setChangedSince] = useState<FormState>(null);
  const picker = useRef<HTMLInputElement>(null);
  // Every preview URL still alive, so that leaving the page (or posting) frees them all.
  const [liveUrls] = useState(() => new Set<string>());
  useEffect(() => () => liveUrls.forEach((url) => URL.revokeObjectURL(url)), [liveUrls]);

  // The form sends the images held here, with their descriptions, whatever its file input holds.
  useEffect(() => {
    const form = picker.current?.form;
    if (!form) return;
    const attach = (event: FormDataEvent) => {
      event.formData.delete("images");
      event.formData.delete("alt");
      for (const image of images) {
        event.formData.append("images", image.file);
        event.formData.append("alt", image.alt);
      }
    };
    form.addEventListener("formdata", attach);
    return () => form.removeEventListener("formdata", attach);
  }, [images]);

  function change(next: ChosenImage[]) {
    setImages(next);
    setChangedSince(state);
  }

  function choose(input: HTMLInputElement) {
    if (!scripted) return;
    const refused: string[] = [];
    const added: ChosenImage[] = [];
    for (const file of Array.from(input.files ?? [])) {
      const problem = checkChosenFile(file);
      if (problem) refused.push(`${shownFileName(file.name)}: ${problem.message}`);
      else if (images.length + added.length >= MAX_IMAGES_PER_POST) refused.push(`${shownFileName(file.name)}: a post has room for ${MAX_IMAGES_PER_POST} images.`);
      else added.push({ file, url: URL.createObjectURL(file), alt: "" });
    }
    added.forEach((image) => liveUrls.add(image.url));
    // Emptied so that choosing the same file again is noticed; the images live in `images` now.
    input.value = "";
    setLocalErrors(refused);
    if (added.length > 0) change([...images, ...added]);
  }

  function remove(index: number) {
    const removed = images[index];
    if (!removed) return;
    URL.revokeObjectURL(removed.url);
    liveUrls.delete(removed.url);
    setLocalErrors([]);
    // Rendered at once: with four images the picker was disabled, and a disabled control takes no focus.
    flushSync(() => change(images.filter((_, position) => position !== index)));
    picker.current?.focus();
  }

  function describe(index: number, alt: string) {
    setImages(images.map((image, position) => (position === index ? { ...image, alt } : image)));
  }

  const serverErrors = changedSince === state ? undefined : errorsFor(state, "images");
  const errors = [...localErrors, ...(serverErrors ?? [])];
  const lostImages = Number(typedValue(state, SENT_IMAGES_FIELD) ?? 0);
  const full = images.length >= MAX_IMAGES_PER_POST;
  const closed = full || sending;

  return (
    <>
      {images.length > 0 && (
        <ul aria-label="Chosen images" className="space-y-3">
          {images.map((image, index) => (
            <ImagePreview
              key={image.url}
              image={image}
              number={index + 1}
              onRemove={() => remove(index)}
              onDescribe={(alt) => describe(index, alt)}
              readOnly={sending}
            />
          ))}
        </ul>
      )}
      {!scripted && lostImages > 0 && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {`Your text is still here, but browsers let go of chosen files when a page reloads: please choose your ${lostImages === 1 ? "image" : `${lostImages} images`} again.`}
        </p>
      )}
      {!scripted && <DescriptionsWithoutScripts state={state} />}
      {/* Styled by its id (app/styles/compose.css). */}
      <p id="compose-images-error">
        {errors.join(" ")}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {/* Styled by its id, as a button or as the browser's own file control (app/styles/compose.css). */}
        <label id="compose-picker">
          <ImageIcon />
          <span>Add images</span>
          <span>
            {" "}
            (up to {MAX_IMAGES_PER_POST})
          </span>
          <input
            ref={picker}
            name="images"
            type="file"
            multiple
            disabled={scripted && closed}
            accept={ACCEPTED_IMAGE_TYPES.join(",")}
            onChange={(event) => choose(event.currentTarget)}
            aria-describedby="compose-images-error"
          />
        </label>
        {children}
      </div>
    </>
  );
}

/**
 * Without JavaScript the page cannot show which images were chosen: one description field for each
 * image a post may hold, folded, paired with the files in the order chosen. A refusal sends back
 * what they held (createPost), as it does the text.
 */
function DescriptionsWithoutScripts({ state }: { state: FormState }) {
  const typed = Array.from({ length: MAX_IMAGES_PER_POST }, (_, position) => typedValue(state, altField(position)) ?? "");
  return (
    // Open again when the answer brings descriptions back.
    <details id="compose-descriptions" open={typed.some((alt) => alt !== "")}>
      <summary>Describe your images</summary>
      <p>In the order you choose them: a description lets people who can’t see an image know what it shows.</p>
      {typed.map((alt, position) => (
        <label key={position}>
          Description of image {position + 1}
          <textarea name="alt" rows={2} maxLength={typedCodeUnits(MAX_ALT_LENGTH)} defaultValue={alt} />
        </label>
      ))}
    </details>
  );
}

function ImagePreview({
  image,
  number,
  onRemove,
  onDescribe,
  readOnly,
}: {
  image: ChosenImage;
  number: number;
  onRemove: () => void;
  onDescribe: (alt: string) => void;
  readOnly: boolean;
}) {
  const altId = `compose-alt-${number}`;
  return (
    <li className="flex gap-3 rounded-xl border border-zinc-200 p-2 dark:border-zinc-800">
      <div className="relative shrink-0">
        {/* A local preview (blob: URL) of a file not uploaded yet; the field beside it describes it. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={image.url} alt="" className="size-20 rounded-lg bg-zinc-100 object-cover sm:size-24 dark:bg-zinc-800" />
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove image ${number}`}
          title="Remove"
          className="absolute -top-2 -right-2 flex size-7 items-center justify-center rounded-full bg-zinc-900 text-lg leading-none text-white ring-2 ring-white hover:bg-rose-700 dark:bg-zinc-100 dark:text-zinc-900 dark:ring-zinc-950"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="min-w-0 flex-1">
        <label htmlFor={altId} className="block text-xs font-medium">
          Description of image {number}{" "}
          <span className="font-normal break-all text-zinc-600 dark:text-zinc-400">({shownFileName(image.file.name)})</span>
        </label>
        <textarea
          id={altId}
          rows={2}
          value={image.alt}
          dir={textDirection(image.alt)}
          maxLength={typedCodeUnits(MAX_ALT_LENGTH)}
          onChange={(event) => onDescribe(event.target.value)}
          readOnly={readOnly}
          placeholder="Describe what’s in the picture"
          aria-describedby={`${altId}-hint`}
          className="mt-1 block w-full resize-y rounded-lg border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <p id={`${altId}-hint`} className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {image.alt.trim() === "" ? "A description lets people who can’t see the image know what it shows." : descriptionRoom(image.alt)}
          {/* Stored as a still WebP (lib/uploads/images.ts): said before posting, not found out after. */}
          {image.file.type === "image/gif" && " A GIF is posted as a still picture: its first frame."}
        </p>
      </div>
    </li>
  );
}

/** "12 characters left" or "3 characters over", counted as the server counts a description: in code points, once trimmed. */
function descriptionRoom(alt: string): string {
  const left = MAX_ALT_LENGTH - [...alt.trim()].length;
  return left >= 0 ? `${characters(left)} left` : `${characters(-left)} over`;
}

function ImageIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="size-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 16-5-5-9 9" />
    </svg>
  );
}
