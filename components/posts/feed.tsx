import { packPage } from "@/lib/posts/packed-page";
import type { PostPage } from "@/lib/posts/queries";
import { FeedList, type FeedListProps } from "./feed-list";

/**
 * A feed of post cards (see FeedList, the client side): the first page goes to
 * the browser packed (lib/posts/packed-page.ts), each author once.
 */
export function Feed({ firstPage, ...props }: Omit<FeedListProps, "firstPage"> & { firstPage: PostPage }) {
  return <FeedList firstPage={packPage(firstPage, props.viewerId)} {...props} />;
}

/** The end of explore, on /explore and on the signed-out home page: everyone's posts, back to the first. */
export const EXPLORE_END = "That’s everything posted so far.";
