"use client";

import type { FormState } from "@/lib/actions/result";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/schema";
import { CharacterCounter } from "@/components/ui/character-count";
import { textDirection } from "@/components/ui/text-direction";
import { useCountedText } from "@/components/ui/use-counted-text";
import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { Field, controlStyle } from "@/components/ui/field";
import { SendHint } from "@/components/ui/send-hint";
import { SEND_HINT, sendOnControlEnter } from "@/components/ui/send-on-control-enter";

type CommentTextFieldProps = { id: string; label: string; state: FormState; autoFocus?: boolean; draftKey: string };

/**
 * The text of a comment or a reply, with the compose box's live count of the
 * characters left. The server's HTML counts what a refused form sent back; a
 * text sent too long all the same is refused with the server's message. Read-only while it is sent
 * (useReadOnlyWhileSent). What is typed is kept as a draft under `draftKey` (useCountedText).
 */
export function CommentTextField({ id, label, state, autoFocus, draftKey }: CommentTextFieldProps) {
  const { text, setText, count, errors } = useCountedText(state, MAX_COMMENT_LENGTH, "", draftKey);
  const countId = `${id}-count`;
  const hintId = `${id}-send-hint`;
  const readOnly = useReadOnlyWhileSent();
  return (
    <Field id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <>
          <textarea
            id={id}
            name="text"
            rows={2}
            value={text}
            dir={textDirection(text)}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={sendOnControlEnter}
            readOnly={readOnly}
            // A refused text takes the focus as the form comes back (fresh, after each answer), so its error is read.
            autoFocus={autoFocus || invalid || undefined}
            aria-invalid={invalid || undefined}
            aria-describedby={[countId, describedBy, hintId].filter(Boolean).join(" ")}
            className={controlStyle}
          />
          <p className="field-hint">
            <CharacterCounter id={countId} count={count} />
            <SendHint id={hintId}>{SEND_HINT}</SendHint>
          </p>
        </>
      )}
    </Field>
  );
}
