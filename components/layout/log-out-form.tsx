"use client";

import { type FormEvent, useState, useTransition } from "react";
import { createPortal } from "react-dom";
import { forgetAllDrafts } from "@/components/ui/use-counted-text";
import { Toast } from "@/components/ui/toast";
import { failureOf } from "@/components/ui/unanswered-request";

/**
 * The header's log-out form. Logging out ends in a redirect; a request that fails on the way says
 * so in a toast and leaves the reader where they were, still logged in, rather than on an error page.
 * The form is the plain server-action form (its no-JavaScript path, on every signed-in page); with
 * JavaScript, submitting calls the action itself, so the page carries no form state for it.
 */
export function LogOutForm({ logOut }: { logOut: () => Promise<void> }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    forgetAllDrafts();
    setFailure(null);
    startTransition(async () => {
      setFailure(await failureOf(logOut));
    });
  }

  return (
    <>
      <form action={logOut} onSubmit={send}>
        <button type="submit" disabled={pending} className="account-link">
          {pending ? "Logging out…" : "Log out"}
        </button>
      </form>
      {/* Only ever in the browser, after a failure. In the body: the sticky header would hold a
          fixed toast inside its own box. Gone while the next attempt is on its way, so that a
          failure after it shows afresh. */}
      {failure && !pending && createPortal(<Toast label="Not logged out">{failure}</Toast>, document.body)}
    </>
  );
}
