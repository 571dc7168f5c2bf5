"use client";

import { useFormStatus } from "react-dom";
import { useScriptsRunning } from "./use-scripts-running";

// .submit and its variants: app/styles/forms.css.
const styles = { primary: "submit-primary", secondary: "submit-secondary", danger: "submit-danger" };

/**
 * A submit button that shows the form is working and cannot be pressed twice meanwhile.
 * `disabled` is a live check of what is typed (a text over its length): it holds only while
 * scripts run, since without them nothing would enable the button again once the text is
 * fixed, and the server's refusal says what is wrong instead.
 */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  disabled = false,
}: {
  children: React.ReactNode;
  pendingText: string;
  variant?: keyof typeof styles;
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  const scripted = useScriptsRunning();
  return (
    <button
      type="submit"
      disabled={pending || (scripted && disabled)}
      className={`submit ${styles[variant]}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}
