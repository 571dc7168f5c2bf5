import type { Metadata } from "next";
import { CommentNotFound } from "@/components/ui/not-found-pages";

// The comment's page draws CommentNotFound in place of a missing comment (lib/navigation/missing-page.ts).
// This file is for where it throws notFound() instead, outside the production server (`next dev`,
// a plain `next start`), with the title its generateMetadata gives.
export const metadata: Metadata = { title: "Comment not found" };

export default function NotFound() {
  return <CommentNotFound />;
}
