import type { TextareaHTMLAttributes } from "react";
import { Field, controlStyle } from "./field";

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

export function TextArea({ label, name, errors, hint, id = name, className, ...textarea }: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={controlStyle}
          {...textarea}
        />
      )}
    </Field>
  );
}
