"use client";

import type { FormState } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { CommentTextField } from "./comment-text-field";

type CommentFormProps = { postId: string; state: FormState; action: (formData: FormData) => void };

/**
 * The form under a post's comments; its state lives in the thread, which shows the comment sent.
 * A refusal comes back holding what was sent; while it is sent, the box is read-only (CommentTextField).
 */
export function CommentForm({ postId, state, action }: CommentFormProps) {
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <CommentTextField label="Add a comment" id="comment-text" state={state} draftKey={`comment:${postId}`} />
      <SubmitButton pendingText="Sending…">Comment</SubmitButton>
    </form>
  );
}
