type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Renders the control with the ids of its hint and error, for aria-describedby. */
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
  className?: string;
};

/** A label, a control, its hint and its errors, wired so screen readers announce all of them. */
export function Field({ id, label, hint, errors, children, className }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children([hintId, errorId].filter(Boolean).join(" ") || undefined, Boolean(errorId))}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-rose-700 dark:text-rose-400">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

export const controlStyle =
  "mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-500 aria-invalid:border-rose-600 dark:border-zinc-700 dark:bg-zinc-900";
