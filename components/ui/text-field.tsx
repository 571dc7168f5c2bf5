import type { InputHTMLAttributes } from "react";
import { Field, controlStyle } from "./field";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

export function TextField({ label, name, errors, hint, id = name, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={controlStyle}
          {...input}
        />
      )}
    </Field>
  );
}
