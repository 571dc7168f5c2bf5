"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { deleteAccount } from "@/lib/accounts/actions";
import { DELETE_ACCOUNT_PATH } from "@/lib/routes";
import { fieldBinder } from "@/components/ui/action-form";
import { AnswerMessage } from "@/components/ui/answer-message";
import { answerInPage } from "@/components/ui/answered-in-page";
import { cancelLinkStyle } from "@/components/ui/confirm-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/unanswered-request";

const PASSWORD_ID = "delete-password";

/**
 * The password form that deletes the account, and a way back: a link on the
 * confirmation page (`cancelHref`), a button where it opened in place (`onCancel`).
 */
export function DeleteAccountForm({ cancelHref, onCancel }: { cancelHref?: string; onCancel?: () => void }) {
  const [state, action, sending] = useFormAction(deleteAccount, null);
  const field = fieldBinder(state, ["password"], sending);
  const openedInPlace = onCancel !== undefined;
  useEffect(() => {
    // Opened in place by a click: the next thing to do is type the password.
    if (openedInPlace) document.getElementById(PASSWORD_ID)?.focus();
  }, [openedInPlace]);
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <AnswerMessage state={state} />
      <TextField
        label="Your password, to confirm"
        id={PASSWORD_ID}
        type="password"
        autoComplete="current-password"
        required
        {...field("password")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete my account
        </SubmitButton>
        {cancelHref && (
          <Link href={cancelHref} className={cancelLinkStyle}>
            Cancel
          </Link>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel} className={cancelLinkStyle}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The settings section's first step. The server's HTML is a GET form to the
 * confirmation page (/settings/delete-account), so without JavaScript a click
 * opens a page that asks; with JavaScript the same password form opens here.
 */
export function DeleteAccountSection() {
  const [open, setOpen] = useState(false);
  const reveal = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Back from "Cancel": focus returns to the button that opened the form.
    if (!open && wasOpen.current) reveal.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) return <DeleteAccountForm onCancel={() => setOpen(false)} />;
  return (
    <form
      method="get"
      action={DELETE_ACCOUNT_PATH}
      onSubmit={(event) => {
        answerInPage(event);
        setOpen(true);
      }}
    >
      <button
        ref={reveal}
        type="submit"
        className="inline-flex items-center justify-center rounded-full border border-rose-300 px-5 py-2 text-sm font-semibold text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
      >
        Delete my account…
      </button>
    </form>
  );
}
