import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowListView, followListTitle } from "@/components/follows/follow-list-view";
import { getCurrentUser } from "@/lib/auth";
import { listFollowing } from "@/lib/follows/queries";
import { getProfile } from "@/lib/profiles/queries";

// Served at /@username/following (a rewrite in next.config.ts).

export async function generateMetadata({ params }: PageProps<"/u/[username]/following">): Promise<Metadata> {
  const profile = await getProfile((await params).username);
  return { title: profile ? `${followListTitle("following", profile)} (@${profile.username})` : "Profile not found" };
}

export default async function FollowingPage({ params, searchParams }: PageProps<"/u/[username]/following">) {
  const [{ username }, { cursor }] = await Promise.all([params, searchParams]);
  const profile = await getProfile(username);
  if (!profile) notFound();

  const viewerId = (await getCurrentUser())?.id ?? null;
  const page = await listFollowing(profile.id, typeof cursor === "string" ? cursor : null, viewerId);
  return <FollowListView list="following" profile={profile} page={page} viewerId={viewerId} />;
}
