import { SuspendedAccountProvider } from "@/components/profiles/missing-account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSuspendedFor } from "@/lib/profiles/queries";

// Around the profile and its lists: their missing-account message says when the account is suspended.
export default async function ProfileLayout({ params, children }: LayoutProps<"/u/[username]">) {
  const suspended = await isSuspendedFor((await params).username, await getCurrentUser());
  return <SuspendedAccountProvider suspended={suspended}>{children}</SuspendedAccountProvider>;
}
