import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PostCard as PostCardData } from "@/lib/posts/queries";
import { PostImages } from "./post-images";
import { PostText } from "./post-text";

export function PostCard({ post }: { post: PostCardData }) {
  const { author } = post;
  return (
    <article className="flex gap-3 border-b border-zinc-200 py-4 dark:border-zinc-800" aria-label={`Post by ${author.displayName}`}>
      <Avatar user={author} />
      <div className="min-w-0 flex-1">
        <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold">{author.displayName}</span>
          <span className="text-zinc-500 dark:text-zinc-400">@{author.username}</span>
          <span aria-hidden="true" className="text-zinc-400">·</span>
          <RelativeTime date={post.createdAt} className="text-zinc-500 dark:text-zinc-400" />
        </header>
        <div className="mt-1">
          <PostText text={post.text} />
        </div>
        <PostImages images={post.images} />
        <footer className="mt-3 flex gap-6 text-sm text-zinc-500 dark:text-zinc-400">
          <span>
            {post._count.likes} {post._count.likes === 1 ? "like" : "likes"}
          </span>
          <span>
            {post._count.comments} {post._count.comments === 1 ? "comment" : "comments"}
          </span>
        </footer>
      </div>
    </article>
  );
}
