import type { Metadata } from "next";
import { MissingAccountMessage } from "@/components/profiles/missing-account";

// A profile's pages draw MissingAccountMessage in place of a missing account (lib/navigation/missing-page.ts).
// This file is for where they throw notFound() instead, outside the production server (`next dev`,
// a plain `next start`).
export const metadata: Metadata = { title: "Profile not found" };

export default function NotFound() {
  return <MissingAccountMessage />;
}
