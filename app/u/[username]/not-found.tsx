import type { Metadata } from "next";
import { MissingAccountMessage } from "@/components/profiles/missing-account";

// The profile page's title for a missing account (missingProfileTitle) needs the account; without JavaScript, this one is shown.
export const metadata: Metadata = { title: "Profile not found" };

export default function NotFound() {
  return <MissingAccountMessage />;
}
