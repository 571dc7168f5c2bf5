"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// A client component, as app/not-found.tsx is: the page's RSC payload then carries a reference, not its markup.
export default function PostNotFound() {
  return <NotFoundMessage title="This post isn’t here" reason="It may have been deleted by its author." />;
}
