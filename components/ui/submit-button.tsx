"use client";

import { useFormStatus } from "react-dom";

// .submit and its variants: app/styles/forms.css.
const styles = { primary: "submit-primary", secondary: "submit-secondary", danger: "submit-danger" };

/** A submit button that shows the form is working and cannot be pressed twice meanwhile. */
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
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className={`submit ${styles[variant]}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}
