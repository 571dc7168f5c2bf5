"use client";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// A client component on purpose: every page's RSC payload carries its layouts'
// not-found element, and a client one travels as a reference of a few bytes
// instead of its whole markup (twice per layout, in the HTML and in navigations).
export default function NotFound() {
  return <NotFoundMessage title="Page not found" reason="The page you are looking for does not exist or was removed." />;
}
