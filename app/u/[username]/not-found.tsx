"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// A client component for the reason given in app/not-found.tsx.
export default function ProfileNotFound() {
  return <NotFoundMessage title="This account doesn’t exist" reason="Check the username, or look for someone else." />;
}
