import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { suspendUser } from "@/lib/moderation/actions";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { type Profile, getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { profileHref, suspendHref } from "@/lib/routes";

/**
 * The account to suspend, or what is missing: the page itself for anyone but an admin, and for an
 * admin's account (it cannot be suspended); the account, when no such one is there to see.
 * Asked once for the page and its title.
 */
const suspendTarget = cache(async (username: string): Promise<{ profile: Profile } | { missing: "page" | "account" }> => {
  const viewer = await getCurrentUser();
  if (!isAdmin(viewer)) return { missing: "page" };
  const profile = await getVisibleProfile(username, viewer);
  if (!profile) return { missing: "account" };
  return profile.role === "ADMIN" ? { missing: "page" } : { profile };
});

export async function generateMetadata({ params }: PageProps<"/u/[username]/suspend">): Promise<Metadata> {
  const { username } = await params;
  const target = await suspendTarget(username);
  if ("profile" in target) return { title: "Suspend account" };
  // A missing account is titled as its profile would be ("Account suspended" for a suspended one).
  return { title: target.missing === "page" ? "Page not found" : await missingProfileTitle(username, await getCurrentUser()) };
}

// Served at /@name/suspend: where an admin's Suspend leads without JavaScript.
// Anyone else, and any account that cannot be suspended, gets a 404.
export default async function SuspendPage({ params }: PageProps<"/u/[username]/suspend">) {
  const { username } = await params;
  await requireUser(suspendHref(username));
  const target = await suspendTarget(username);
  if (!("profile" in target)) return missingPage(target.missing === "page" ? <PageNotFound /> : <MissingAccountMessage />);
  const { profile } = target;
  if (profile.suspendedAt) redirect(profileHref(profile.username));

  return (
    <Confirmation title={`Suspend @${profile.username}?`}>
      <p className={confirmationTextStyle}>
        {profile.displayName} is logged out everywhere and cannot log in, and their profile, posts and comments are
        hidden from everyone but admins until you lift the suspension on their profile.
      </p>
      <ConfirmForm
        action={suspendUser}
        fields={{ userId: profile.id, returnTo: profile.username }}
        label={{ idle: "Suspend account", pending: "Suspending…" }}
        cancelHref={profileHref(profile.username)}
      />
    </Confirmation>
  );
}
