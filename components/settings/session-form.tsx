"use client";

import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/unanswered-request";

type SessionFormProps = {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fields?: Record<string, string>;
  /** `detail`: said after `idle` to screen readers only, so that each row's button has a name of its own. */
  label: { idle: string; pending: string; detail?: React.ReactNode };
};

/** One button that ends sessions, with the server's answer above it; works without JavaScript. */
export function SessionForm({ action, fields = {}, label }: SessionFormProps) {
  const [state, dispatch] = useFormAction(action, null);
  return (
    // Unnamed, so not a landmark: a list of devices would otherwise fill the page's landmarks with
    // one "Log out" form each, two of them alike for two browsers of one kind (axe's landmark-unique).
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary" pendingText={label.pending}>
        {label.idle}
        {label.detail && <span className="sr-only"> {label.detail}</span>}
      </SubmitButton>
    </form>
  );
}
