import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { Feed } from "@/components/posts/feed";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { OwnEmptyProfile } from "@/components/profiles/own-empty-profile";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { listUserPosts } from "@/lib/posts/queries";
import { getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { profileHref } from "@/lib/routes";

// Served at /@username (a rewrite in next.config.ts); /u/username redirects there.

export async function generateMetadata({ params }: PageProps<"/u/[username]">): Promise<Metadata> {
  const [{ username }, viewer] = await Promise.all([params, getCurrentUser()]);
  const profile = await getVisibleProfile(username, viewer);
  return { title: profile ? `${profile.displayName} (@${profile.username})` : await missingProfileTitle(username, viewer) };
}

export default async function ProfilePage({ params, searchParams }: PageProps<"/u/[username]">) {
  const [{ username }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const profile = await getVisibleProfile(username, viewer);
  if (!profile) return missingPage(<MissingAccountMessage />);
  // One address for a profile: a name typed in capitals (/@Ada) leads to the one its links use.
  if (profile.username !== username) permanentRedirect(profileHref(profile.username));

  const viewerId = viewer?.id ?? null;
  // Only an admin gets here for a suspended account: the header, its notice and the unsuspend button.
  if (profile.suspendedAt) return <ProfileHeader profile={profile} viewerId={viewerId} viewerIsAdmin viewerFollows={false} />;

  // The header is a client component: it is sent the profile without what it is given apart.
  const { relationship, viewerFollows, ...shown } = profile;
  const header = (
    <ProfileHeader profile={shown} viewerId={viewerId} viewerIsAdmin={isAdmin(viewer)} viewerFollows={viewerFollows} relationship={relationship} />
  );
  // The viewer blocked this account: its header, to unblock, and none of its posts.
  if (relationship.blocking) return header;

  const page = await listUserPosts(profile.id, viewerId, cursorParam(query));
  const ownProfile = profile.id === viewerId;
  return (
    <>
      {header}
      <Feed
        source={{ kind: "profile", authorId: profile.id }}
        firstPage={page}
        viewerId={viewerId}
        viewerIsAdmin={isAdmin(viewer)}
        basePath={profileHref(profile.username)}
        empty={ownProfile ? <OwnEmptyProfile /> : `@${profile.username} has not posted yet.`}
        end={ownProfile ? "That’s all of your posts." : `That’s all of @${profile.username}’s posts.`}
      />
    </>
  );
}
