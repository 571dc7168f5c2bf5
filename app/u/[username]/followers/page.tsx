import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { FollowListView, followListTitle } from "@/components/follows/follow-list-view";
import { MissingAccountMessage } from "@/components/profiles/missing-account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listFollowers } from "@/lib/follows/queries";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { getVisibleProfile, missingProfileTitle } from "@/lib/profiles/queries";
import { followListHref } from "@/lib/routes";

// Served at /@username/followers (a rewrite in next.config.ts).

export async function generateMetadata({ params }: PageProps<"/u/[username]/followers">): Promise<Metadata> {
  const [{ username }, viewer] = await Promise.all([params, getCurrentUser()]);
  const profile = await getVisibleProfile(username, viewer);
  return { title: profile ? `${followListTitle("followers", profile)} (@${profile.username})` : await missingProfileTitle(username, viewer) };
}

export default async function FollowersPage({ params, searchParams }: PageProps<"/u/[username]/followers">) {
  const [{ username }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const profile = await getVisibleProfile(username, viewer);
  if (!profile) return missingPage(<MissingAccountMessage />);
  // One address for a list, as for the profile (/@Ada/followers leads to /@ada/followers).
  if (profile.username !== username) permanentRedirect(followListHref(profile.username, "followers"));

  const viewerId = viewer?.id ?? null;
  const cursor = cursorParam(query);
  const page = await listFollowers(profile.id, cursor, viewerId);
  return <FollowListView list="followers" profile={profile} page={page} cursor={cursor} viewerId={viewerId} />;
}
