"use client";

import { createContext, use } from "react";
import { NotFoundMessage } from "@/components/ui/not-found-message";

/** Whether the account a profile page names is a suspended one, hidden from its reader. */
const SuspendedAccount = createContext(false);

/**
 * Around a profile's pages (app/u/[username]/layout.tsx), which tells their missing-account message
 * whether the account is suspended, wherever it is drawn: in a page's place, or by not-found.tsx,
 * which gets no params.
 */
export function SuspendedAccountProvider({ suspended, children }: { suspended: boolean; children: React.ReactNode }) {
  return <SuspendedAccount value={suspended}>{children}</SuspendedAccount>;
}

/** What a profile page shows when it shows no account: that it is suspended, or that there is none. */
export function MissingAccountMessage() {
  return use(SuspendedAccount) ? (
    <NotFoundMessage title="This account has been suspended" reason="Moderators suspended it; its profile and posts are hidden." />
  ) : (
    <NotFoundMessage title="This account doesn’t exist" reason="Check the username, or look for someone else." />
  );
}
