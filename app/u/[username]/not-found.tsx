"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// A client component, as app/not-found.tsx is: the page's RSC payload then carries a reference, not its markup.
export default function ProfileNotFound() {
  return <NotFoundMessage title="This account doesn’t exist" reason="Check the username, or look for someone else." />;
}
