"use client";

import { useActionState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { suspendUser, unsuspendUser } from "@/lib/moderation/actions";

type SuspensionButtonProps = { userId: string; username: string; suspended: boolean };

/** An admin's button on a profile: suspends the account, or lifts its suspension. */
export function SuspensionButton({ userId, username, suspended }: SuspensionButtonProps) {
  const [state, dispatch, pending] = useActionState(suspended ? unsuspendUser : suspendUser, null);
  return (
    <form
      action={dispatch}
      onSubmit={(event) => {
        const question = `Suspend @${username}? They are logged out, cannot log in, and their posts and comments are hidden until you lift it.`;
        if (!suspended && !window.confirm(question)) event.preventDefault();
      }}
      className="flex flex-col items-end gap-1"
    >
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${suspended ? "Unsuspend" : "Suspend"} @${username}`}
        className="rounded-full border border-rose-300 px-4 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
      >
        {suspended ? "Unsuspend" : "Suspend"}
      </button>
      <InlineError state={state} />
    </form>
  );
}
