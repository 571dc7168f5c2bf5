import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/follows/user-list";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { listReposters } from "@/lib/posts/likers";
import { getPost } from "@/lib/posts/queries";
import { postHref, postRepostsHref, withCursor } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]/reposts">): Promise<Metadata> {
  const post = await getPost((await params).id, (await getCurrentUser())?.id ?? null);
  return { title: post ? `People who reposted ${post.author.displayName}’s post` : "Post not found" };
}

/** Who reposted a post: the list behind its repost count, by the same rule as the count. */
export default async function PostRepostsPage({ params, searchParams }: PageProps<"/p/[id]/reposts">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const viewerId = viewer?.id ?? null;
  const post = await getPost(id, viewerId);
  if (!post) return missingPage(<PostNotFound />);
  const page = await listReposters(post.id, cursorParam(query), viewerId);
  const reposts = `${post.repostCount.toLocaleString("en")} ${post.repostCount === 1 ? "repost" : "reposts"}`;

  return (
    <>
      <Link href={postHref(post.id)} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← Post by {post.author.displayName}
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Reposted by</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{reposts}</p>
      <UserList
        users={page.items}
        viewerId={viewerId}
        label="People who reposted this post"
        // The count is everyone's; the list leaves out the accounts a block stands between.
        empty={<p>{post.repostCount > 0 && viewerId ? "The people who reposted it are hidden from you by a block." : "No one has reposted this post yet."}</p>}
        moreHref={page.nextCursor && withCursor(postRepostsHref(post.id), page.nextCursor)}
      />
    </>
  );
}
