"use client";

import { useEffect, useRef } from "react";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { InlineError } from "@/components/ui/inline-error";
import { announce } from "@/components/ui/announce";
import { suspendUser, unsuspendUser } from "@/lib/moderation/actions";
import { ACCOUNT_SUSPENDED, SUSPENSION_LIFTED } from "@/lib/moderation/schema";
import { suspendHref } from "@/lib/routes";
import { suspendQuestion } from "./questions";
import { useFormAction } from "@/components/ui/unanswered-request";

type SuspensionButtonProps = { userId: string; username: string; suspended: boolean };

const buttonStyle =
  "rounded-full border border-rose-300 px-4 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950";

/** Lifting a suspension undoes nothing anyone would miss: it needs no confirmation. */
function UnsuspendButton({ userId, username }: { userId: string; username: string }) {
  const [state, dispatch, pending] = useFormAction(unsuspendUser, null);
  return (
    <form action={dispatch} className="flex flex-col items-end gap-1">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} aria-label={`Unsuspend @${username}`} className={buttonStyle}>
        Unsuspend
      </button>
      <InlineError state={state} />
    </form>
  );
}

/**
 * The account whose suspension form this page sent, in the state it was sent from. The profile's
 * header is built afresh for the other state (app/u/[username]/page.tsx), taking the pressed
 * button with it: the other button then takes the keyboard, which would fall to the page's body.
 */
let sentFrom: { userId: string; suspended: boolean } | null = null;

/**
 * An admin's button on a profile: suspends the account (asking first; without
 * JavaScript on /@name/suspend), or lifts its suspension.
 */
export function SuspensionButton({ userId, username, suspended }: SuspensionButtonProps) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentFrom?.userId !== userId || sentFrom.suspended === suspended) return;
    sentFrom = null;
    focusFirstLeft([area.current?.querySelector("button")]);
    // The button that takes the keyboard is the opposite one: what was done is said, not left to guess.
    announce(suspended ? ACCOUNT_SUSPENDED : SUSPENSION_LIFTED);
  }, [userId, suspended]);
  return (
    // A question answered no is not sent, nor heard here (ConfirmedActionButton).
    <div ref={area} className="contents" onSubmit={() => (sentFrom = { userId, suspended })}>
      {suspended ? (
        <UnsuspendButton userId={userId} username={username} />
      ) : (
        <ConfirmedActionButton
          action={suspendUser}
          fields={{ userId }}
          confirmHref={suspendHref(username)}
          question={suspendQuestion(username)}
          label={{ idle: "Suspend", pending: "Suspending…" }}
          ariaLabel={`Suspend @${username}`}
          formClassName="flex flex-col items-end gap-1"
          className={buttonStyle}
        />
      )}
    </div>
  );
}
