"use client";

import { createPortal } from "react-dom";
import { forgetAllDrafts } from "@/components/ui/use-counted-text";
import { Toast } from "@/components/ui/toast";
import { useFormAction } from "@/components/ui/unanswered-request";
import { LogOutButton } from "./log-out-button";

/**
 * The header's log-out form. Logging out ends in a redirect; a request that fails on the way says
 * so in a toast and leaves the reader where they were, still logged in, rather than on an error page.
 */
export function LogOutForm({ logOut }: { logOut: () => Promise<void> }) {
  const [state, dispatch, pending] = useFormAction(logOut, undefined);
  return (
    <>
      <form action={dispatch} onSubmit={forgetAllDrafts}>
        <LogOutButton />
      </form>
      {/* Only ever in the browser, after a failure. In the body: the sticky header would hold a
          fixed toast inside its own box. Gone while the next attempt is on its way, so that a
          failure after it shows afresh. */}
      {state && !pending && createPortal(<Toast label="Not logged out">{state.message}</Toast>, document.body)}
    </>
  );
}
