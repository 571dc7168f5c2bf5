import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { blockHref, profileHref } from "@/lib/routes";
import { setBlock } from "@/lib/safety/actions";

/** The account, when the viewer could block it, else null: asked once for the page and its title. */
const blockableProfile = cache(async (username: string) => {
  const viewer = await getCurrentUser();
  const profile = viewer && (await getVisibleProfile(username, viewer));
  return profile && profile.id !== viewer.id && !profile.suspendedAt ? profile : null;
});

export async function generateMetadata({ params }: PageProps<"/u/[username]/block">): Promise<Metadata> {
  const { username } = await params;
  // Missing, it is titled as its profile would be ("Account suspended" for a suspended one).
  return { title: (await blockableProfile(username)) ? "Block account" : await missingProfileTitle(username, await getCurrentUser()) };
}

// Served at /@name/block: where Block on a profile leads without JavaScript.
// Your own account, and any you could not block (missing, suspended, or one
// that blocked you), get a 404; one you already block, its profile.
export default async function BlockPage({ params }: PageProps<"/u/[username]/block">) {
  const { username } = await params;
  await requireUser(blockHref(username));
  const profile = await blockableProfile(username);
  if (!profile) return missingPage(<MissingAccountMessage />);
  if (profile.relationship.blocking) redirect(profileHref(profile.username));

  return (
    <Confirmation title={`Block @${profile.username}?`}>
      <p className={confirmationTextStyle}>
        You will no longer see each other’s posts or comments. The follows, likes and reposts between you and{" "}
        {profile.displayName} end, both ways. They cannot see your profile, follow you or reply to you until you unblock
        them; unblocking does not bring back what the block ended.
      </p>
      <ConfirmForm
        action={setBlock}
        fields={{ userId: profile.id, block: "true", returnTo: profile.username }}
        label={{ idle: "Block account", pending: "Blocking…" }}
        cancelHref={profileHref(profile.username)}
      />
    </Confirmation>
  );
}
