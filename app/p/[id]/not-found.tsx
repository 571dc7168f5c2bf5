"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// A client component for the reason given in app/not-found.tsx.
export default function PostNotFound() {
  return <NotFoundMessage title="This post isn’t here" reason="It may have been deleted by its author." />;
}
