import type { Metadata } from "next";
import { MissingAccountMessage } from "@/components/profiles/missing-account";

// A profile's pages show MissingAccountMessage in place of a missing account (lib/navigation/missing-page.ts);
// this file is for where they throw notFound() instead (`next dev`). Their own title (missingProfileTitle) names a suspension.
export const metadata: Metadata = { title: "Profile not found" };

export default function NotFound() {
  return <MissingAccountMessage />;
}
