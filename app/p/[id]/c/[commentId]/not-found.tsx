import type { Metadata } from "next";
import { CommentNotFound } from "@/components/ui/not-found-pages";

// The title the comment's page gives a missing comment (generateMetadata); this one is what a browser without JavaScript shows.
export const metadata: Metadata = { title: "Comment not found" };

export default function NotFound() {
  return <CommentNotFound />;
}
