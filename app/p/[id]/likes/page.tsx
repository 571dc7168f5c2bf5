import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/follows/user-list";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { listLikers } from "@/lib/posts/likers";
import { getPost } from "@/lib/posts/queries";
import { postHref, postLikesHref, withCursor } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]/likes">): Promise<Metadata> {
  const post = await getPost((await params).id, (await getCurrentUser())?.id ?? null);
  return { title: post ? `People who liked ${post.author.displayName}’s post` : "Post not found" };
}

/** Who liked a post: the list behind its like count, by the same rule as the count. */
export default async function PostLikesPage({ params, searchParams }: PageProps<"/p/[id]/likes">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const viewerId = viewer?.id ?? null;
  const post = await getPost(id, viewerId);
  if (!post) return missingPage(<PostNotFound />);
  const page = await listLikers(post.id, cursorParam(query), viewerId);
  const likes = `${post.likeCount.toLocaleString("en")} ${post.likeCount === 1 ? "like" : "likes"}`;

  return (
    <>
      <Link href={postHref(post.id)} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← Post by {post.author.displayName}
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Liked by</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{likes}</p>
      <UserList
        users={page.items}
        viewerId={viewerId}
        label="People who liked this post"
        // The count is everyone's; the list leaves out the accounts a block stands between.
        empty={<p>{post.likeCount > 0 && viewerId ? "The people who liked it are hidden from you by a block." : "No one has liked this post yet."}</p>}
        moreHref={page.nextCursor && withCursor(postLikesHref(post.id), page.nextCursor)}
      />
    </>
  );
}
