"use client";

import { useFormStatus } from "react-dom";

const styles = {
  primary: "bg-sky-700 text-white hover:bg-sky-800",
  secondary:
    "border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
  danger: "bg-rose-700 text-white hover:bg-rose-800",
};

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
      className={`inline-flex items-center justify-center rounded-full px-5 py-2 text-sm font-semibold disabled:opacity-60 ${styles[variant]}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}
