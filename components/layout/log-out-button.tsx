"use client";

import { useFormStatus } from "react-dom";

/** The submit button of the header's log-out form, which says when it is working. */
export function LogOutButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="account-link">
      {pending ? "Logging out…" : "Log out"}
    </button>
  );
}
