import Link from "next/link";
import { PostCard } from "@/components/posts/post-card";
import { listLatestPosts } from "@/lib/posts/queries";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const { cursor } = await searchParams;
  const page = await listLatestPosts(typeof cursor === "string" ? cursor : null);

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Latest posts</h1>
      {page.items.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          Nothing has been posted yet.
        </p>
      ) : (
        <section aria-label="Posts" className="mt-2">
          {page.items.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </section>
      )}
      {page.nextCursor && (
        <nav aria-label="Pagination" className="mt-6 text-center">
          <Link
            href={`/?cursor=${page.nextCursor}`}
            className="inline-block rounded-full border border-zinc-300 px-5 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Older posts
          </Link>
        </nav>
      )}
    </>
  );
}
