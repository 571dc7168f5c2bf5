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
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children([hintId, errorId].filter(Boolean).join(" ") || undefined, Boolean(errorId))}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

/** A text input's or text area's look (app/styles/forms.css, as the label, hint and error above). */
export const controlStyle = "control";
