import type { Metadata } from "next";
import { PostNotFound } from "@/components/ui/not-found-pages";

// The post's pages show PostNotFound in place of a missing post (lib/navigation/missing-page.ts); this
// file is for where they throw notFound() instead (`next dev`), with the title their generateMetadata gives.
export const metadata: Metadata = { title: "Post not found" };

export default function NotFound() {
  return <PostNotFound />;
}
