import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { suspendUser } from "@/lib/moderation/actions";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { profileHref, suspendHref } from "@/lib/routes";

/** The account, when the viewer is an admin and it is not one, else null: asked once for the page and its title. */
const suspendableProfile = cache(async (username: string) => {
  const viewer = await getCurrentUser();
  if (!isAdmin(viewer)) return null;
  const profile = await getVisibleProfile(username, viewer);
  return profile && profile.role !== "ADMIN" ? profile : null;
});

export async function generateMetadata({ params }: PageProps<"/u/[username]/suspend">): Promise<Metadata> {
  const { username } = await params;
  // Missing, it is titled as its profile would be ("Account suspended" for a suspended one).
  return { title: (await suspendableProfile(username)) ? "Suspend account" : await missingProfileTitle(username, await getCurrentUser()) };
}

// Served at /@name/suspend: where an admin's Suspend leads without JavaScript.
// Anyone else, and any account that cannot be suspended, gets a 404.
export default async function SuspendPage({ params }: PageProps<"/u/[username]/suspend">) {
  const { username } = await params;
  await requireUser(suspendHref(username));
  const profile = await suspendableProfile(username);
  if (!profile) return missingPage(<MissingAccountMessage />);
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
