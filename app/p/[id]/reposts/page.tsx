import type { Metadata } from "next";
import { PostPeople, postPeopleMetadata } from "@/components/posts/post-people";

export async function generateMetadata({ params }: PageProps<"/p/[id]/reposts">): Promise<Metadata> {
  return postPeopleMetadata("reposts", (await params).id);
}

/** Who reposted a post: the list behind its repost count. */
export default async function PostRepostsPage({ params, searchParams }: PageProps<"/p/[id]/reposts">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <PostPeople kind="reposts" postId={id} query={query} />;
}
