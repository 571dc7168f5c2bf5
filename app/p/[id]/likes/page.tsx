import type { Metadata } from "next";
import { PostPeople, postPeopleMetadata } from "@/components/posts/post-people";

export async function generateMetadata({ params }: PageProps<"/p/[id]/likes">): Promise<Metadata> {
  return postPeopleMetadata("likes", (await params).id);
}

/** Who liked a post: the list behind its like count. */
export default async function PostLikesPage({ params, searchParams }: PageProps<"/p/[id]/likes">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <PostPeople kind="likes" postId={id} query={query} />;
}
