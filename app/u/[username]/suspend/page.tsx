import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { suspendUser } from "@/lib/moderation/actions";
import { isAdmin } from "@/lib/moderation/permissions";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { profileHref, suspendHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Suspend account" };

// Served at /@name/suspend: where an admin's Suspend leads without JavaScript.
// Anyone else, and any account that cannot be suspended, gets a 404.
export default async function SuspendPage({ params }: PageProps<"/u/[username]/suspend">) {
  const { username } = await params;
  const viewer = await requireUser(suspendHref(username));
  if (!isAdmin(viewer)) notFound();
  const profile = await getVisibleProfile(username, viewer);
  if (!profile || profile.role === "ADMIN") notFound();
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
