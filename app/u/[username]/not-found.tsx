"use client";

import { MissingAccountMessage } from "@/components/profiles/missing-account";

// A client component, as app/not-found.tsx is: the page's RSC payload then carries a reference, not its markup.
export default function ProfileNotFound() {
  return <MissingAccountMessage />;
}
