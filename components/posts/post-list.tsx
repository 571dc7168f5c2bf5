import Link from "next/link";
import type { PostCard as PostCardData } from "@/lib/posts/queries";
import { PostCard } from "./post-card";

/** A page of posts with a plain link to the next one (works without JavaScript). */
export function PostList({
  posts,
  olderHref,
  empty,
}: {
  posts: PostCardData[];
  olderHref: string | null;
  empty: React.ReactNode;
}) {
  if (posts.length === 0) {
    return (
      <div className="mt-8 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {empty}
      </div>
    );
  }
  return (
    <>
      <section aria-label="Posts" className="mt-2">
        {posts.map((post) => (
          <PostCard key={post.id} post={post} />
        ))}
      </section>
      {olderHref && (
        <nav aria-label="Pagination" className="mt-6 text-center">
          <Link
            href={olderHref}
            className="inline-block rounded-full border border-zinc-300 px-5 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Older posts
          </Link>
        </nav>
      )}
    </>
  );
}
