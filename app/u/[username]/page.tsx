import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/posts/post-list";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { getCurrentUser } from "@/lib/auth";
import { getProfile, listUserPosts } from "@/lib/profiles/queries";

// Served at /@username (a rewrite in next.config.ts); /u/username redirects there.

export async function generateMetadata({ params }: PageProps<"/u/[username]">): Promise<Metadata> {
  const profile = await getProfile((await params).username);
  return { title: profile ? `${profile.displayName} (@${profile.username})` : "Profile not found" };
}

export default async function ProfilePage({ params, searchParams }: PageProps<"/u/[username]">) {
  const [{ username }, { cursor }] = await Promise.all([params, searchParams]);
  const profile = await getProfile(username);
  if (!profile) notFound();

  const [viewer, page] = await Promise.all([
    getCurrentUser(),
    listUserPosts(profile.id, typeof cursor === "string" ? cursor : null),
  ]);
  return (
    <>
      <ProfileHeader profile={profile} isOwn={viewer?.id === profile.id} />
      <PostList
        posts={page.items}
        olderHref={page.nextCursor && `/@${profile.username}?cursor=${page.nextCursor}`}
        empty={`@${profile.username} has not posted yet.`}
      />
    </>
  );
}
