import { PostList } from "@/components/posts/post-list";
import { listLatestPosts } from "@/lib/posts/queries";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const { cursor } = await searchParams;
  const page = await listLatestPosts(typeof cursor === "string" ? cursor : null);

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Latest posts</h1>
      <PostList
        posts={page.items}
        olderHref={page.nextCursor && `/?cursor=${page.nextCursor}`}
        empty="Nothing has been posted yet."
      />
    </>
  );
}
