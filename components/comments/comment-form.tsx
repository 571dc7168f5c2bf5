"use client";

import type { FormState } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useTypingKept } from "@/components/ui/use-typing-kept";
import { CommentTextField } from "./comment-text-field";

type CommentFormProps = { postId: string; state: FormState; action: (formData: FormData) => void };

/**
 * The form under a post's comments; its state lives in the thread, which shows the comment sent.
 * A refusal keeps what was typed while it was sent (useTypingKept).
 */
export function CommentForm({ postId, state, action }: CommentFormProps) {
  const typing = useTypingKept(state);
  return (
    <form action={action} key={JSON.stringify(state)} onSubmit={typing.onSubmit} onChange={typing.onChange} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <CommentTextField label="Add a comment" id="comment-text" state={typing.shown} />
      <SubmitButton pendingText="Sending…">Comment</SubmitButton>
    </form>
  );
}
