"use client";

import { useActionState } from "react";
import { errorsFor, typedValue } from "@/lib/actions/result";
import { addComment } from "@/lib/comments/actions";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";

export function CommentForm({ postId }: { postId: string }) {
  const [state, action] = useActionState(addComment, null);
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <TextArea
        label="Add a comment"
        name="text"
        id="comment-text"
        rows={2}
        hint={`Up to ${MAX_POST_LENGTH} characters.`}
        defaultValue={typedValue(state, "text")}
        errors={errorsFor(state, "text")}
      />
      <SubmitButton pendingText="Sending…">Comment</SubmitButton>
    </form>
  );
}
