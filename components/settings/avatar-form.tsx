"use client";

import { useEffect, useRef, useState } from "react";
import { errorsFor, startedSaying } from "@/lib/actions/result";
import { removeAvatar, updateAvatar } from "@/lib/profiles/actions";
import { uploadMessages } from "@/lib/uploads/validate";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_SIZE } from "@/lib/validation/limits";
import { AnswerMessage } from "@/components/ui/answer-message";
import { Avatar } from "@/components/ui/avatar";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFreshAnswer } from "@/components/ui/use-fresh-answer";
import { useFormAction } from "@/components/ui/unanswered-request";
import { SETTINGS_PATH } from "@/lib/routes";

type AvatarUser = { username: string; displayName: string; avatarKey: string | null };

/** `uploaded`, `removed`: what the page says a form just did, once it was sent without JavaScript. */
export function AvatarForm({ user, uploaded, removed }: { user: AvatarUser; uploaded?: string; removed?: string }) {
  const [uploadState, upload] = useFormAction(updateAvatar, startedSaying(uploaded), SETTINGS_PATH);
  const [removeState, remove] = useFormAction(removeAvatar, startedSaying(removed), SETTINGS_PATH);
  // Checked here too so a person learns at once that a file is too big, before uploading it.
  const [tooBig, setTooBig] = useState(false);
  const refused = errorsFor(uploadState, "avatar");
  const errors = tooBig ? [uploadMessages.tooLarge] : refused;
  // A refused file takes the focus back to its field, which reads out its error, as in ActionForm:
  // `autofocus` on the page that comes back without JavaScript, from here with it (the Upload
  // button, disabled while uploading, had lost it).
  const fileField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (errorsFor(uploadState, "avatar")) focusFirstLeft([fileField.current]);
  }, [uploadState]);
  // One message for both forms: the answer of the one sent last (without JavaScript, the one that has answered).
  const [sentLast, setSentLast] = useState<"upload" | "remove">(removeState ? "remove" : "upload");
  const { shown, onChange } = useFreshAnswer(sentLast === "remove" ? removeState : uploadState);

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <Avatar user={user} size={96} />
      <div className="flex-1 space-y-3" onChange={onChange}>
        <AnswerMessage state={shown} />
        <form action={upload} className="space-y-3" onSubmit={(event) => (tooBig ? event.preventDefault() : setSentLast("upload"))}>
          <div>
            <label htmlFor="avatar" className="block text-sm font-medium">
              New picture
            </label>
            <input
              ref={fileField}
              id="avatar"
              name="avatar"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              aria-describedby="avatar-hint avatar-error"
              aria-invalid={errors ? true : undefined}
              autoFocus={refused ? true : undefined}
              onChange={(event) => setTooBig((event.target.files?.[0]?.size ?? 0) > MAX_UPLOAD_BYTES)}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-zinc-200 file:px-4 file:py-2 file:text-sm file:font-medium dark:file:bg-zinc-800 dark:file:text-zinc-100"
            />
            <p id="avatar-hint" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              JPEG, PNG, WebP or GIF (its first frame), up to {MAX_UPLOAD_SIZE}. It is cropped to a square.
            </p>
            <p id="avatar-error" className="mt-1 text-sm text-rose-700 dark:text-rose-400">
              {errors?.join(" ")}
            </p>
          </div>
          <SubmitButton pendingText="Uploading…">Upload picture</SubmitButton>
        </form>
        {user.avatarKey && (
          <form action={remove} onSubmit={() => setSentLast("remove")}>
            <SubmitButton variant="secondary" pendingText="Removing…">
              Remove picture
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}
