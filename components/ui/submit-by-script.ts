import { startTransition } from "react";

/**
 * For a one-button form whose `action` is the server action of its no-JavaScript
 * post (which renders one hidden input, where an action kept by `useActionState`
 * renders four: about 280 bytes a form, issue 11's page bytes): with
 * JavaScript, the submission goes to `dispatch` (`useActionState`'s) instead,
 * with the pressed button's name and value, so the form keeps its state and
 * pending flag.
 */
export function submitByScript(dispatch: (formData: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null);
    startTransition(() => dispatch(formData));
  };
}
