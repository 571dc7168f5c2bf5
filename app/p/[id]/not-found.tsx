import type { Metadata } from "next";
import { PostNotFound } from "@/components/ui/not-found-pages";

// The post's pages draw PostNotFound in place of a missing post (lib/navigation/missing-page.ts).
// This file is for where they throw notFound() instead, outside the production server (`next dev`,
// a plain `next start`), with the title their generateMetadata gives.
export const metadata: Metadata = { title: "Post not found" };

export default function NotFound() {
  return <PostNotFound />;
}
