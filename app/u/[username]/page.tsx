import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Feed } from "@/components/posts/feed";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { getCurrentUser } from "@/lib/auth";
import { isFollowing } from "@/lib/follows/queries";
import { listUserPosts } from "@/lib/posts/queries";
import { getProfile } from "@/lib/profiles/queries";

// Served at /@username (a rewrite in next.config.ts); /u/username redirects there.

export async function generateMetadata({ params }: PageProps<"/u/[username]">): Promise<Metadata> {
  const profile = await getProfile((await params).username);
  return { title: profile ? `${profile.displayName} (@${profile.username})` : "Profile not found" };
}

export default async function ProfilePage({ params, searchParams }: PageProps<"/u/[username]">) {
  const [{ username }, { cursor }] = await Promise.all([params, searchParams]);
  const profile = await getProfile(username);
  if (!profile) notFound();

  const viewerId = (await getCurrentUser())?.id ?? null;
  const [page, viewerFollows] = await Promise.all([
    listUserPosts(profile.id, viewerId, typeof cursor === "string" ? cursor : null),
    viewerId && viewerId !== profile.id ? isFollowing(viewerId, profile.id) : false,
  ]);
  return (
    <>
      <ProfileHeader profile={profile} viewerId={viewerId} viewerFollows={viewerFollows} />
      <Feed
        source={{ kind: "profile", authorId: profile.id }}
        firstPage={page}
        viewerId={viewerId}
        basePath={`/@${profile.username}`}
        empty={`@${profile.username} has not posted yet.`}
      />
    </>
  );
}
