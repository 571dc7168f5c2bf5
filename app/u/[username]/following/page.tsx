import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { FollowListView, followListTitle } from "@/components/follows/follow-list-view";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listFollowing } from "@/lib/follows/queries";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { followListHref } from "@/lib/routes";

// Served at /@username/following (a rewrite in next.config.ts).

export async function generateMetadata({ params }: PageProps<"/u/[username]/following">): Promise<Metadata> {
  const [{ username }, viewer] = await Promise.all([params, getCurrentUser()]);
  const profile = await getVisibleProfile(username, viewer);
  return { title: profile ? `${followListTitle("following", profile)} (@${profile.username})` : await missingProfileTitle(username, viewer) };
}

export default async function FollowingPage({ params, searchParams }: PageProps<"/u/[username]/following">) {
  const [{ username }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const profile = await getVisibleProfile(username, viewer);
  if (!profile) return missingPage(<MissingAccountMessage />);
  // One address for a list, as for the profile (/@Ada/following leads to /@ada/following).
  if (profile.username !== username) permanentRedirect(followListHref(profile.username, "following"));

  const viewerId = viewer?.id ?? null;
  const cursor = cursorParam(query);
  const page = await listFollowing(profile.id, cursor, viewerId);
  return <FollowListView list="following" profile={profile} page={page} cursor={cursor} viewerId={viewerId} />;
}
