import { type FormState, fieldFrom } from "@/lib/actions/result";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";

type CommentFormProps = { postId: string; state: FormState; action: (formData: FormData) => void };

/** The form under a post's comments; its state lives in the thread, which shows the comment sent. */
export function CommentForm({ postId, state, action }: CommentFormProps) {
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <TextArea
        label="Add a comment"
        id="comment-text"
        rows={2}
        hint={`Up to ${MAX_POST_LENGTH} characters.`}
        {...fieldFrom(state, "text")}
      />
      <SubmitButton pendingText="Sending…">Comment</SubmitButton>
    </form>
  );
}
