import type { Metadata } from "next";
import { PostNotFound } from "@/components/ui/not-found-pages";

// The title the post's pages give a missing post (generateMetadata); this one is what a browser without JavaScript shows.
export const metadata: Metadata = { title: "Post not found" };

export default function NotFound() {
  return <PostNotFound />;
}
