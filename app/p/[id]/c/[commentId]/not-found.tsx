"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// As the post's own 404 (app/p/[id]/not-found.tsx), but named for what the address asked for.
export default function CommentNotFound() {
  return <NotFoundMessage title="This comment isn’t here" reason="It may have been deleted, or the post it was on." />;
}
